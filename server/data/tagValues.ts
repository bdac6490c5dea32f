import type { TagValueCount } from "./batchTotals";
import { rowsParameter, type SqlTx } from "./sql";

/** Adds the batch's tag values to each issue's tag counts (the issue page's tag breakdown). */
export async function addTagValueCounts(tx: SqlTx, rows: readonly TagValueCount[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rowsParameter(rows, (r) => ({
    i: r.issueId,
    p: r.projectId,
    k: r.key,
    v: r.value,
    c: r.count,
    f: r.firstSeen.getTime(),
    l: r.lastSeen.getTime(),
  }));
  await tx.execute`
    INSERT INTO "IssueTagValue" ("issueId", "projectId", "key", "value", "timesSeen", "firstSeen", "lastSeen")
    SELECT r.i, r.p, r.k, r.v, r.c, to_timestamp(r.f / 1000.0) AT TIME ZONE 'UTC',
      to_timestamp(r.l / 1000.0) AT TIME ZONE 'UTC'
    FROM json_to_recordset(${json}::json) AS r(i int, p int, k text, v text, c int, f float8, l float8)
    ORDER BY 1, 3, 4
    ON CONFLICT ("issueId", "key", "value") DO UPDATE SET
      "timesSeen" = "IssueTagValue"."timesSeen" + EXCLUDED."timesSeen",
      "firstSeen" = LEAST("IssueTagValue"."firstSeen", EXCLUDED."firstSeen"),
      "lastSeen" = GREATEST("IssueTagValue"."lastSeen", EXCLUDED."lastSeen")`;
}
