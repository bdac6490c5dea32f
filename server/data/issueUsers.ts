import type { IssueUserRow } from "./batchTotals";
import { rowsParameter, type SqlTx } from "./sql";

/**
 * Records who each issue happened to. Returns, per issue, how many users were new to it — the
 * rows actually inserted — which is what keeps `Issue.userCount` exact under concurrency.
 */
export async function insertIssueUsers(
  tx: SqlTx,
  rows: readonly IssueUserRow[],
): Promise<Map<number, number>> {
  if (rows.length === 0) return new Map();
  const json = rowsParameter(rows, (r) => ({
    i: r.issueId,
    u: r.userKey,
    f: r.firstSeen.getTime(),
  }));
  const inserted = await tx.prepared.query<{ issueId: number }>`
    INSERT INTO "IssueUser" ("issueId", "userKey", "firstSeen")
    SELECT r.i, r.u, to_timestamp(r.f / 1000.0) AT TIME ZONE 'UTC'
    FROM json_to_recordset(${json}::json) AS r(i int, u text, f float8)
    ORDER BY 1, 2
    ON CONFLICT ("issueId", "userKey") DO NOTHING
    RETURNING "issueId"`;
  const newUsers = new Map<number, number>();
  for (const { issueId } of inserted) newUsers.set(issueId, (newUsers.get(issueId) ?? 0) + 1);
  return newUsers;
}
