/** The SDKs' 32-hex event id in the dashed form of the `uuid` columns. */
export function dashedEventId(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
