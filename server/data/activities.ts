import type { ActivityType } from "@/server/db/generated/client";
import { utc, type Tx } from "./transaction";

export interface ActivityRow {
  issueId: number;
  projectId: number;
  type: ActivityType;
  data: object;
}

/** Records what Faultline itself did to issues (first seen, regression…): no user. */
export async function insertActivities(
  tx: Tx,
  rows: readonly ActivityRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Activity" ("issueId", "projectId", "type", "data", "createdAt")
    SELECT u."issueId", u."projectId", u."type"::"ActivityType", u."data", ${utc(now)}::timestamp(3)
    FROM unnest(
      ${rows.map((r) => r.issueId)}::int[],
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => r.type)}::text[],
      ${rows.map((r) => JSON.stringify(r.data))}::jsonb[])
      AS u("issueId", "projectId", "type", "data")`;
}
