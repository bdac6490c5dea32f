import { db } from "@/server/db/client";
import type { SqlTx } from "./sql";

/**
 * Jobs whose effect is an increment (session counts, outcomes) are not idempotent by nature: a
 * worker killed between its commit and BullMQ's acknowledgement gets the job again. Claiming the
 * job's key in the same transaction as its effect makes the redelivery a no-op. Returns false when
 * the job was already applied; a concurrent claim of the same key waits for the first to finish.
 */
export async function claimJob(tx: SqlTx, key: string, now: Date): Promise<boolean> {
  const claimed = await tx.execute`
    INSERT INTO "ProcessedJob" ("key", "processedAt") VALUES (${key}, ${now}::timestamp(3))
    ON CONFLICT ("key") DO NOTHING`;
  return claimed === 1;
}

/**
 * Forgets claims older than `olderThan`, `limit` rows at most. A job is redelivered within
 * minutes (stalled-job check, retries with backoff), so a day of claims is plenty.
 */
export async function deleteOldJobClaims(olderThan: Date, limit: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "ProcessedJob" WHERE "key" IN (
      SELECT "key" FROM "ProcessedJob" WHERE "processedAt" < ${olderThan} LIMIT ${limit})`;
}
