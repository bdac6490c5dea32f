import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { queueOptions } from "./connection";

/** Housekeeping that keeps tables bounded; processed by workers/maintenance.ts. */
export const MAINTENANCE_QUEUE = "maintenance";

export const MAINTENANCE_JOBS = {
  /** Deletes expired better-auth sessions and verifications, and long-expired invitations. */
  authCleanup: "auth-cleanup",
} as const;

export const authCleanupPayload = z.object({
  /** Rows deleted per statement: small enough that no lock is held for long. */
  batchSize: z.number().int().min(1).max(10_000).default(500),
  /** Upper bound on statements per table per run; the next run picks up the rest. */
  maxBatches: z.number().int().min(1).max(1_000).default(100),
  /** Expired invitations stay this long so their link still says "expired", not "not found". */
  invitationGraceDays: z.number().int().min(0).max(365).default(30),
});
export type AuthCleanupPayload = z.input<typeof authCleanupPayload>;

export const AUTH_CLEANUP_SCHEDULER_ID = "auth-cleanup-hourly";
export const AUTH_CLEANUP_EVERY_MS = 60 * 60 * 1000;

/** Retries and retention for every maintenance job: a failed run is retried, then the next hour's run covers it. */
export const maintenanceJobOptions = {
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000 },
  removeOnComplete: { count: 100, age: 7 * 24 * 60 * 60 },
  removeOnFail: { count: 500, age: 30 * 24 * 60 * 60 },
} satisfies JobsOptions;

export function maintenanceQueue(connection: Redis): Queue<AuthCleanupPayload> {
  return new Queue<AuthCleanupPayload>(MAINTENANCE_QUEUE, {
    ...queueOptions(connection),
    defaultJobOptions: maintenanceJobOptions,
  });
}

/** Idempotent: every worker start upserts the same scheduler, so restarts never duplicate it. */
export async function scheduleMaintenance(queue: Queue<AuthCleanupPayload>): Promise<void> {
  await queue.upsertJobScheduler(
    AUTH_CLEANUP_SCHEDULER_ID,
    { every: AUTH_CLEANUP_EVERY_MS },
    { name: MAINTENANCE_JOBS.authCleanup, data: {}, opts: maintenanceJobOptions },
  );
}
