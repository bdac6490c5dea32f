import type { IssueUserRow } from "./batchTotals";
import { utc, type Tx } from "./transaction";

/**
 * Records who each issue happened to. Returns, per issue, how many users were new to it — the
 * rows actually inserted — which is what keeps `Issue.userCount` exact under concurrency.
 */
export async function insertIssueUsers(
  tx: Tx,
  rows: readonly IssueUserRow[],
): Promise<Map<number, number>> {
  if (rows.length === 0) return new Map();
  const inserted = await tx.$queryRaw<Array<{ issueId: number }>>`
    INSERT INTO "IssueUser" ("issueId", "userKey", "firstSeen")
    SELECT * FROM unnest(
      ${rows.map((r) => r.issueId)}::int[],
      ${rows.map((r) => r.userKey)}::text[],
      ${rows.map((r) => utc(r.firstSeen))}::timestamp(3)[])
    ORDER BY 1, 2
    ON CONFLICT ("issueId", "userKey") DO NOTHING
    RETURNING "issueId"`;
  const newUsers = new Map<number, number>();
  for (const { issueId } of inserted) newUsers.set(issueId, (newUsers.get(issueId) ?? 0) + 1);
  return newUsers;
}
