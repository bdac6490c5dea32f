import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { queueOptions } from "./connection";
import { hourlyJobOptions, scheduleHourly } from "./hourly";

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

export function maintenanceQueue(connection: Redis): Queue<AuthCleanupPayload> {
  return new Queue<AuthCleanupPayload>(MAINTENANCE_QUEUE, {
    ...queueOptions(connection),
    defaultJobOptions: hourlyJobOptions,
  });
}

export function scheduleMaintenance(queue: Queue<AuthCleanupPayload>): Promise<void> {
  return scheduleHourly(queue, AUTH_CLEANUP_SCHEDULER_ID, MAINTENANCE_JOBS.authCleanup);
}
