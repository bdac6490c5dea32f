"use client";

import { useNow } from "./useNow";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

function relative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 45 ? "just now" : format.format(seconds, "second");
}

/** "3 hours ago", with the exact time on hover; filled in after hydration to avoid clock drift. */
export function RelativeTime({
  date,
  fallback = "—",
}: {
  date: Date | string | null | undefined;
  fallback?: string;
}) {
  const now = useNow();

  if (!date) return <span className="text-fg-subtle">{fallback}</span>;
  const value = typeof date === "string" ? new Date(date) : date;
  return (
    <time
      dateTime={value.toISOString()}
      title={value.toLocaleString()}
      className="whitespace-nowrap"
    >
      {now === null ? "" : relative(value, now)}
    </time>
  );
}
