/** Shared look of text fields, selects and text areas. */
export const inputStyles =
  "w-full rounded-md border border-line-strong bg-panel px-2.5 text-[13px] text-fg shadow-xs " +
  "placeholder:text-fg-subtle transition-colors duration-100 " +
  "focus:border-violet-500 focus:outline-none focus:ring-3 focus:ring-violet-500/15 " +
  "disabled:cursor-not-allowed disabled:bg-subtle disabled:text-fg-muted " +
  "aria-invalid:border-red-500 aria-invalid:focus:ring-red-500/15 read-only:bg-subtle read-only:text-fg-muted";
