import type { ActivityType } from "@/server/db/generated/client";
import { rowsParameter, type SqlTx } from "./sql";
import { utc } from "./transaction";

export interface ActivityRow {
  issueId: number;
  projectId: number;
  type: ActivityType;
  data: object;
}

/** Records what Faultline itself did to issues (first seen, regression…): no user. */
export async function insertActivities(
  tx: SqlTx,
  rows: readonly ActivityRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const json = rowsParameter(rows, (r) => ({ i: r.issueId, p: r.projectId, t: r.type, d: r.data }));
  await tx.prepared.execute`
    INSERT INTO "Activity" ("issueId", "projectId", "type", "data", "createdAt")
    SELECT r.i, r.p, r.t::"ActivityType", r.d, ${utc(now)}::timestamp(3)
    FROM json_to_recordset(${json}::json) AS r(i int, p int, t text, d jsonb)`;
}
