const windows: Record<number, string> = {
  60: "minute",
  300: "5 minutes",
  3600: "hour",
  86400: "day",
};

export const RATE_LIMIT_WINDOWS = [
  { value: "60", label: "per minute" },
  { value: "300", label: "per 5 minutes" },
  { value: "3600", label: "per hour" },
  { value: "86400", label: "per day" },
];

/** "1,000 events / hour", or "Unlimited" when the key has no limit. */
export function rateLimitText(count: number | null, windowSeconds: number | null): string {
  if (count === null || windowSeconds === null) return "Unlimited";
  const window = windows[windowSeconds] ?? `${windowSeconds} s`;
  return `${new Intl.NumberFormat("en").format(count)} events / ${window}`;
}
