import { Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { deleteAttachmentsCreatedBefore, deleteOrphanAttachments } from "@/server/data/attachments";
import { deleteOldJobClaims } from "@/server/data/processedJobs";
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
/**
 * An attachment may be stored before its event (they travel in separate jobs, and the event may
 * wait in a backlog or for retries); after a day without one it never will be. Each hourly run
 * looks back a week, so a few days of stopped workers still get swept.
 */
const ORPHAN_ATTACHMENT_GRACE_MS = DAY_MS;
const ORPHAN_ATTACHMENT_WINDOW_MS = 7 * DAY_MS;
/** Items jobs are redelivered within minutes; their claims are kept a day. */
const JOB_CLAIM_TTL_MS = DAY_MS;

export interface RetentionRunResult extends RetentionResult {
  /** Attachments whose event never arrived, plus any left past the retention period. */
  orphanAttachments: number;
  jobClaims: number;
}

/**
 * Deletes events received more than EVENT_RETENTION_DAYS before `now`, attachments whose event
 * never arrived, and old items-job claims; each in statements of `batchSize` rows.
 */
export async function runEventRetention(
  input: EventRetentionPayload,
  now: Date = new Date(),
  retentionDays: number = env.EVENT_RETENTION_DAYS,
): Promise<RetentionRunResult> {
  const { batchSize, maxBatches } = eventRetentionPayload.parse(input);
  const olderThan = new Date(now.getTime() - retentionDays * DAY_MS);
  const events = await deleteExpiredEvents({ olderThan, batchSize, maxBatches });
  const orphansBefore = new Date(now.getTime() - ORPHAN_ATTACHMENT_GRACE_MS);
  const orphansFrom = new Date(orphansBefore.getTime() - ORPHAN_ATTACHMENT_WINDOW_MS);
  const claimsBefore = new Date(now.getTime() - JOB_CLAIM_TTL_MS);
  return {
    ...events,
    orphanAttachments:
      (await inBatches(
        (limit) => deleteOrphanAttachments(orphansFrom, orphansBefore, limit),
        batchSize,
        maxBatches,
      )) +
      (await inBatches(
        (limit) => deleteAttachmentsCreatedBefore(olderThan, limit),
        batchSize,
        maxBatches,
      )),
    jobClaims: await inBatches(
      (limit) => deleteOldJobClaims(claimsBefore, limit),
      batchSize,
      maxBatches,
    ),
  };
}

async function inBatches(
  deleteBatch: (limit: number) => Promise<number>,
  batchSize: number,
  maxBatches: number,
): Promise<number> {
  let total = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await deleteBatch(batchSize);
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}

async function processRetentionJob(job: Job<EventRetentionPayload>): Promise<RetentionRunResult> {
  if (job.name !== RETENTION_JOBS.deleteExpiredEvents) {
    throw new Error(`Unknown retention job "${job.name}"`);
  }
  return runEventRetention(job.data);
}

export function startRetentionWorker(
  connection: Redis,
): Worker<EventRetentionPayload, RetentionRunResult> {
  return new Worker<EventRetentionPayload, RetentionRunResult>(
    RETENTION_QUEUE,
    processRetentionJob,
    {
      ...queueOptions(connection),
      // One run at a time: two overlapping runs would only fight over the same rows.
      concurrency: 1,
    },
  );
}
