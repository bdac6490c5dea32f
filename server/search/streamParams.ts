import { z } from "zod";

export const STREAM_SORTS = ["date", "new", "freq", "user"] as const;
export type StreamSort = (typeof STREAM_SORTS)[number];

export const STREAM_PERIODS = ["24h", "7d", "14d", "30d"] as const;
export type StreamPeriodName = (typeof STREAM_PERIODS)[number];

export const DEFAULT_STREAM_QUERY = "is:unresolved";

const projectSlug = z.string().trim().min(1).max(64);

/** A custom time range: both ends given, start before end. */
const customPeriod = z
  .object({ start: z.coerce.date(), end: z.coerce.date() })
  .refine((range) => range.start.getTime() < range.end.getTime(), {
    message: "The period must start before it ends",
  });

/**
 * What selects and orders the issue stream: shared by `issues.list`, `issues.changesSince`, the
 * bulk actions' "all N matching this query" and the REST list routes.
 */
export const issueStreamParams = z.object({
  /** Sentry's search syntax (server/search/parser.ts); "" lists every status. */
  query: z.string().max(2000).default(DEFAULT_STREAM_QUERY),
  /** Project slugs, or "my" (projects of my teams; all when I am in none) or "all". */
  projects: z
    .union([z.literal("my"), z.literal("all"), z.array(projectSlug).min(1).max(100)])
    .default("my"),
  environment: z.string().trim().min(1).max(64).optional(),
  /** Issues seen (lastSeen) within the period. */
  period: z.union([z.enum(STREAM_PERIODS), customPeriod]).default("14d"),
  sort: z.enum(STREAM_SORTS).default("date"),
});

export type IssueStreamParams = z.infer<typeof issueStreamParams>;
/** What callers may leave out (the defaults above fill it in). */
export type IssueStreamParamsInput = z.input<typeof issueStreamParams>;

export const STATS_PERIODS = ["24h", "14d"] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PERIOD_MS: Record<StreamPeriodName, number> = {
  "24h": DAY_MS,
  "7d": 7 * DAY_MS,
  "14d": 14 * DAY_MS,
  "30d": 30 * DAY_MS,
};

/** The period as a time range ending now (named periods) or as given (custom). */
export function periodRange(
  period: IssueStreamParams["period"],
  now: Date,
): { start: Date; end: Date | null } {
  if (typeof period === "string") {
    return { start: new Date(now.getTime() - PERIOD_MS[period]), end: null };
  }
  return { start: period.start, end: period.end };
}
