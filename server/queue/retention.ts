import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { queueOptions } from "./connection";
import { hourlyJobOptions, scheduleHourly } from "./hourly";

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

export function retentionQueue(connection: Redis): Queue<EventRetentionPayload> {
  return new Queue<EventRetentionPayload>(RETENTION_QUEUE, {
    ...queueOptions(connection),
    defaultJobOptions: hourlyJobOptions,
  });
}

export function scheduleRetention(queue: Queue<EventRetentionPayload>): Promise<void> {
  return scheduleHourly(queue, EVENT_RETENTION_SCHEDULER_ID, RETENTION_JOBS.deleteExpiredEvents);
}
