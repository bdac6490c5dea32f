import { numberArray, textArray } from "./arrayLiterals";
import type { TagValueCount } from "./batchTotals";
import type { SqlTx } from "./sql";

/** Adds the batch's tag values to each issue's tag counts (the issue page's tag breakdown). */
export async function addTagValueCounts(tx: SqlTx, rows: readonly TagValueCount[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.prepared.execute`
    INSERT INTO "IssueTagValue" ("issueId", "projectId", "key", "value", "timesSeen", "firstSeen", "lastSeen")
    SELECT r.i, r.p, r.k, r.v, r.c, to_timestamp(r.f / 1000.0) AT TIME ZONE 'UTC',
      to_timestamp(r.l / 1000.0) AT TIME ZONE 'UTC'
    FROM unnest(
      ${numberArray(rows.map((r) => r.issueId))}::int[],
      ${numberArray(rows.map((r) => r.projectId))}::int[],
      ${textArray(rows.map((r) => r.key))}::text[],
      ${textArray(rows.map((r) => r.value))}::text[],
      ${numberArray(rows.map((r) => r.count))}::int[],
      ${numberArray(rows.map((r) => r.firstSeen.getTime()))}::float8[],
      ${numberArray(rows.map((r) => r.lastSeen.getTime()))}::float8[]) AS r(i, p, k, v, c, f, l)
    ORDER BY 1, 3, 4
    ON CONFLICT ("issueId", "key", "value") DO UPDATE SET
      "timesSeen" = "IssueTagValue"."timesSeen" + EXCLUDED."timesSeen",
      "firstSeen" = LEAST("IssueTagValue"."firstSeen", EXCLUDED."firstSeen"),
      "lastSeen" = GREATEST("IssueTagValue"."lastSeen", EXCLUDED."lastSeen")`;
}
