/**
 * A full page load to `path`. Used where the session changes (sign-in, sign-out, joining or
 * leaving an organization): it drops every cached query, so nothing of the previous session
 * survives, and the server renders the shell with the new cookie.
 */
export function reloadTo(path: string): void {
  window.location.href = new URL(path, window.location.origin).href;
}
