import { Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { db } from "@/server/db/client";
import { queueOptions } from "@/server/queue/connection";
import {
  MAINTENANCE_JOBS,
  MAINTENANCE_QUEUE,
  authCleanupPayload,
  type AuthCleanupPayload,
} from "@/server/queue/maintenance";

export interface AuthCleanupResult {
  sessions: number;
  verifications: number;
  invitations: number;
}

type DeleteBatch = (cutoff: Date, limit: number) => Promise<number>;

// One statement per batch, each deleting at most `limit` rows picked by the subquery, so a large
// backlog never holds row locks (or bloats one transaction) for long. Table names are fixed here,
// never interpolated from input.
const deleteExpiredSessions: DeleteBatch = (cutoff, limit) =>
  db.$executeRaw`DELETE FROM "Session" WHERE id IN (
    SELECT id FROM "Session" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`;
const deleteExpiredVerifications: DeleteBatch = (cutoff, limit) =>
  db.$executeRaw`DELETE FROM "Verification" WHERE id IN (
    SELECT id FROM "Verification" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`;
const deleteExpiredInvitations: DeleteBatch = (cutoff, limit) =>
  db.$executeRaw`DELETE FROM "Invitation" WHERE id IN (
    SELECT id FROM "Invitation" WHERE "expiresAt" < ${cutoff} LIMIT ${limit})`;

async function deleteInBatches(
  deleteBatch: DeleteBatch,
  cutoff: Date,
  batchSize: number,
  maxBatches: number,
): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await deleteBatch(cutoff, batchSize);
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}

export async function cleanupExpiredAuthRows(
  input: AuthCleanupPayload,
  now: Date = new Date(),
): Promise<AuthCleanupResult> {
  const { batchSize, maxBatches, invitationGraceDays } = authCleanupPayload.parse(input);
  const invitationCutoff = new Date(now.getTime() - invitationGraceDays * 24 * 60 * 60 * 1000);
  return {
    sessions: await deleteInBatches(deleteExpiredSessions, now, batchSize, maxBatches),
    verifications: await deleteInBatches(deleteExpiredVerifications, now, batchSize, maxBatches),
    invitations: await deleteInBatches(
      deleteExpiredInvitations,
      invitationCutoff,
      batchSize,
      maxBatches,
    ),
  };
}

async function processMaintenanceJob(job: Job<AuthCleanupPayload>): Promise<AuthCleanupResult> {
  if (job.name !== MAINTENANCE_JOBS.authCleanup) {
    throw new Error(`Unknown maintenance job "${job.name}"`);
  }
  return cleanupExpiredAuthRows(job.data);
}

export function startMaintenanceWorker(
  connection: Redis,
): Worker<AuthCleanupPayload, AuthCleanupResult> {
  return new Worker<AuthCleanupPayload, AuthCleanupResult>(
    MAINTENANCE_QUEUE,
    processMaintenanceJob,
    {
      ...queueOptions(connection),
      // Housekeeping is not urgent: one job at a time keeps its load off ingest.
      concurrency: 1,
    },
  );
}
