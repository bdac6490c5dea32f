import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { queueOptions } from "./connection";

/** Deletes events past EVENT_RETENTION_DAYS; processed by workers/retention.ts. */
export const RETENTION_QUEUE = "retention";

export const RETENTION_JOBS = {
  deleteExpiredEvents: "delete-expired-events",
} as const;

export const eventRetentionPayload = z.object({
  /** Events deleted per statement: small enough that no lock is held for long. */
  batchSize: z.number().int().min(1).max(10_000).default(1_000),
  /** Upper bound on statements per run; the next hour's run picks up the rest. */
  maxBatches: z.number().int().min(1).max(10_000).default(500),
});
export type EventRetentionPayload = z.input<typeof eventRetentionPayload>;

export const EVENT_RETENTION_SCHEDULER_ID = "event-retention-hourly";
export const EVENT_RETENTION_EVERY_MS = 60 * 60 * 1000;

/** A failed run is retried, then the next hour's run covers it; history stays bounded. */
export const retentionJobOptions = {
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000 },
  removeOnComplete: { count: 100, age: 7 * 24 * 60 * 60 },
  removeOnFail: { count: 500, age: 30 * 24 * 60 * 60 },
} satisfies JobsOptions;

export function retentionQueue(connection: Redis): Queue<EventRetentionPayload> {
  return new Queue<EventRetentionPayload>(RETENTION_QUEUE, {
    ...queueOptions(connection),
    defaultJobOptions: retentionJobOptions,
  });
}

/** Idempotent: every worker start upserts the same scheduler, so restarts never duplicate it. */
export async function scheduleRetention(queue: Queue<EventRetentionPayload>): Promise<void> {
  await queue.upsertJobScheduler(
    EVENT_RETENTION_SCHEDULER_ID,
    { every: EVENT_RETENTION_EVERY_MS },
    { name: RETENTION_JOBS.deleteExpiredEvents, data: {}, opts: retentionJobOptions },
  );
}
