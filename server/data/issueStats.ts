import type { HourlyCount } from "./batchTotals";
import { utc, type Tx } from "./transaction";

/** Adds the batch's events to each issue's hourly counts (the source of every issue graph). */
export async function addHourlyCounts(tx: Tx, rows: readonly HourlyCount[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "IssueStatsHourly" ("issueId", "projectId", "hour", "count")
    SELECT * FROM unnest(
      ${rows.map((r) => r.issueId)}::int[],
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => utc(r.hour))}::timestamp(3)[],
      ${rows.map((r) => r.count)}::int[])
    ORDER BY 1, 3
    ON CONFLICT ("issueId", "hour")
      DO UPDATE SET "count" = "IssueStatsHourly"."count" + EXCLUDED."count"`;
}
