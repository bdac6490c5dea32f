export const THEME_STORAGE_KEY = "faultline-theme";

/**
 * Runs in <head> before first paint: applies the saved theme, or the system's, as a `dark` class on
 * <html>, so a dark-mode user never sees a white flash. Kept tiny and dependency-free on purpose.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t==="dark"||((t===null||t==="system")&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
