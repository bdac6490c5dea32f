import { Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { deleteExpiredEvents, type RetentionResult } from "@/server/data/retention";
import { env } from "@/server/env";
import { queueOptions } from "@/server/queue/connection";
import {
  RETENTION_JOBS,
  RETENTION_QUEUE,
  eventRetentionPayload,
  type EventRetentionPayload,
} from "@/server/queue/retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes events received more than EVENT_RETENTION_DAYS before `now`. */
export function runEventRetention(
  input: EventRetentionPayload,
  now: Date = new Date(),
  retentionDays: number = env.EVENT_RETENTION_DAYS,
): Promise<RetentionResult> {
  const { batchSize, maxBatches } = eventRetentionPayload.parse(input);
  const olderThan = new Date(now.getTime() - retentionDays * DAY_MS);
  return deleteExpiredEvents({ olderThan, batchSize, maxBatches });
}

async function processRetentionJob(job: Job<EventRetentionPayload>): Promise<RetentionResult> {
  if (job.name !== RETENTION_JOBS.deleteExpiredEvents) {
    throw new Error(`Unknown retention job "${job.name}"`);
  }
  return runEventRetention(job.data);
}

export function startRetentionWorker(
  connection: Redis,
): Worker<EventRetentionPayload, RetentionResult> {
  return new Worker<EventRetentionPayload, RetentionResult>(
    RETENTION_QUEUE,
    processRetentionJob,
    {
      ...queueOptions(connection),
      // One run at a time: two overlapping runs would only fight over the same rows.
      concurrency: 1,
    },
  );
}
