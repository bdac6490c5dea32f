const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
const full = new Intl.NumberFormat("en");

/** Counts as the stream shows them: 999, 1.2k, 34k, 1.5M (thousands in lower case, like Sentry). */
export function compactNumber(value: number): string {
  return compact.format(value).replace(/K$/, "k");
}

/** The exact figure for a tooltip: 1,234,567. */
export function fullNumber(value: number): string {
  return full.format(value);
}
