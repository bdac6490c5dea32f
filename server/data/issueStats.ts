import type { HourlyCount } from "./batchTotals";
import { rowsParameter, type SqlTx } from "./sql";

/** Adds the batch's events to each issue's hourly counts (the source of every issue graph). */
export async function addHourlyCounts(tx: SqlTx, rows: readonly HourlyCount[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rowsParameter(rows, (r) => ({
    i: r.issueId,
    p: r.projectId,
    h: r.hour.getTime(),
    c: r.count,
  }));
  await tx.prepared.execute`
    INSERT INTO "IssueStatsHourly" ("issueId", "projectId", "hour", "count")
    SELECT r.i, r.p, to_timestamp(r.h / 1000.0) AT TIME ZONE 'UTC', r.c
    FROM json_to_recordset(${json}::json) AS r(i int, p int, h float8, c int)
    ORDER BY 1, 3
    ON CONFLICT ("issueId", "hour")
      DO UPDATE SET "count" = "IssueStatsHourly"."count" + EXCLUDED."count"`;
}
