import type { TagValueCount } from "./batchTotals";
import { utc, type Tx } from "./transaction";

/** Adds the batch's tag values to each issue's tag counts (the issue page's tag breakdown). */
export async function addTagValueCounts(tx: Tx, rows: readonly TagValueCount[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "IssueTagValue" ("issueId", "projectId", "key", "value", "timesSeen", "firstSeen", "lastSeen")
    SELECT * FROM unnest(
      ${rows.map((r) => r.issueId)}::int[],
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => r.key)}::text[],
      ${rows.map((r) => r.value)}::text[],
      ${rows.map((r) => r.count)}::int[],
      ${rows.map((r) => utc(r.firstSeen))}::timestamp(3)[],
      ${rows.map((r) => utc(r.lastSeen))}::timestamp(3)[])
    ORDER BY 1, 3, 4
    ON CONFLICT ("issueId", "key", "value") DO UPDATE SET
      "timesSeen" = "IssueTagValue"."timesSeen" + EXCLUDED."timesSeen",
      "firstSeen" = LEAST("IssueTagValue"."firstSeen", EXCLUDED."firstSeen"),
      "lastSeen" = GREATEST("IssueTagValue"."lastSeen", EXCLUDED."lastSeen")`;
}
