import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { processEventBatch, type BatchResult } from "@/server/processing/pipeline";
import { queueOptions } from "@/server/queue/connection";
import {
  EVENTS_QUEUE,
  EVENT_JOBS,
  EVENT_JOB_ATTEMPTS,
  eventJobPayload,
  itemsJobPayload,
  type EventJobPayload,
  type EventsJobData,
  type ItemsJobPayload,
} from "@/server/queue/events";

/**
 * BullMQ hands a processor one job per call, so batching is built on top: a high `concurrency`
 * feeds an in-process buffer flushed to `processEventBatch` by size or time; each job's promise
 * settles after the flush holding it committed (pipeline-notes.md, "The queue").
 */
export interface EventsWorkerOptions {
  queueName?: string;
  concurrency?: number;
  batchSize?: number;
  flushMs?: number;
  /** The batch step; tests substitute one that fails. */
  processBatch?: (events: EventJobPayload[]) => Promise<BatchResult>;
}

interface Buffered {
  event: EventJobPayload;
  resolve: () => void;
  reject: (error: Error) => void;
}

export interface EventBatcher {
  add(event: EventJobPayload): Promise<void>;
  flush(): Promise<void>;
}

export function createEventBatcher(
  processBatch: (events: EventJobPayload[]) => Promise<BatchResult>,
  options: { batchSize: number; flushMs: number },
): EventBatcher {
  let buffer: Buffered[] = [];
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = buffer;
    buffer = [];
    if (batch.length === 0) return Promise.resolve();
    const run = processBatch(batch.map((entry) => entry.event))
      .then(
        (result) => settle(batch, result),
        (error: unknown) => {
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const entry of batch) entry.reject(failure);
        },
      )
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
    return run;
  };

  return {
    add(event) {
      return new Promise<void>((resolve, reject) => {
        buffer.push({ event, resolve, reject });
        if (buffer.length >= options.batchSize) void flush();
        else timer ??= setTimeout(() => void flush(), options.flushMs);
      });
    },
    async flush() {
      await flush();
      await Promise.all(inFlight);
    },
  };
}

function settle(batch: Buffered[], result: BatchResult): void {
  const failures = new Map(
    result.failed.map((failed) => [`${failed.projectId}:${failed.eventId}`, failed.error]),
  );
  for (const entry of batch) {
    const error = failures.get(`${entry.event.projectId}:${entry.event.eventId}`);
    if (error === undefined) entry.resolve();
    else entry.reject(new Error(error));
  }
}

/** Never silently dropped: an event that used its last attempt is kept with its error, for replay. */
async function recordFailedEvent(job: Job, error: Error): Promise<void> {
  const data = job.data as Partial<EventJobPayload> | undefined;
  await db.failedEvent.create({
    data: {
      projectId: typeof data?.projectId === "number" ? data.projectId : 0,
      eventId: typeof data?.eventId === "string" ? data.eventId : null,
      payload: (job.data ?? null) as Prisma.InputJsonValue,
      error: error.message.slice(0, 10_000),
      attempts: job.attemptsMade + 1,
    },
  });
}

async function processItemsJob(job: Job<EventsJobData>): Promise<void> {
  const parsed = itemsJobPayload.safeParse(job.data);
  if (!parsed.success) {
    const error = new UnrecoverableError(
      `invalid items job: ${parsed.error.message.slice(0, 500)}`,
    );
    await recordFailedEvent(job, error);
    throw error;
  }
  try {
    await persistItems(parsed.data);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? EVENT_JOB_ATTEMPTS)) {
      await recordFailedEvent(job, failure);
    }
    throw failure;
  }
}

function dashed(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Sessions, outcomes, attachments and feedback of one envelope, in one transaction so a retry
 * never counts twice. Low volume next to events, so one statement per row; rows sharing a key in
 * one multi-row upsert would make Postgres refuse the statement.
 */
async function persistItems(items: ItemsJobPayload): Promise<void> {
  const { projectId } = items;
  const project = await db.project.findUnique({ where: { id: projectId }, select: { id: true } });
  if (project === null) return;
  const feedbackIssues = await Promise.all(
    items.feedback.map(async (feedback) => {
      if (feedback.associatedEventId === null) return null;
      const event = await db.event.findUnique({
        where: { projectId_eventId: { projectId, eventId: dashed(feedback.associatedEventId) } },
        select: { issueId: true },
      });
      return event?.issueId ?? null;
    }),
  );

  await db.$transaction(async (tx) => {
    for (const row of items.sessions) {
      const hour = new Date(row.hour);
      await tx.$executeRaw`
        INSERT INTO "SessionHourly" ("projectId", release, environment, hour, started, exited, errored, crashed, abnormal)
        VALUES (${projectId}, ${row.release}, ${row.environment}, ${hour}, ${row.started}, ${row.exited}, ${row.errored}, ${row.crashed}, ${row.abnormal})
        ON CONFLICT ("projectId", release, environment, hour) DO UPDATE SET
          started = "SessionHourly".started + EXCLUDED.started,
          exited = "SessionHourly".exited + EXCLUDED.exited,
          errored = "SessionHourly".errored + EXCLUDED.errored,
          crashed = "SessionHourly".crashed + EXCLUDED.crashed,
          abnormal = "SessionHourly".abnormal + EXCLUDED.abnormal`;
      if (row.distinctId === null) continue;
      const day = row.hour.slice(0, 10);
      await tx.$executeRaw`
        INSERT INTO "SessionUserDaily" ("projectId", release, environment, day, "distinctId", errored, crashed)
        VALUES (${projectId}, ${row.release}, ${row.environment}, ${day}::date, ${row.distinctId}, ${row.errored > 0}, ${row.crashed > 0})
        ON CONFLICT ("projectId", release, environment, day, "distinctId") DO UPDATE SET
          errored = "SessionUserDaily".errored OR EXCLUDED.errored,
          crashed = "SessionUserDaily".crashed OR EXCLUDED.crashed`;
    }
    for (const row of items.outcomes) {
      await tx.$executeRaw`
        INSERT INTO "ProjectOutcomeHourly" ("projectId", hour, category, outcome, reason, quantity)
        VALUES (${projectId}, ${new Date(row.hour)}, ${row.category}, ${row.outcome}, ${row.reason}, ${row.quantity})
        ON CONFLICT ("projectId", hour, category, outcome, reason) DO UPDATE SET
          quantity = "ProjectOutcomeHourly".quantity + EXCLUDED.quantity`;
    }
    if (items.attachments.length > 0) {
      await tx.eventAttachment.createMany({
        data: items.attachments.map((attachment) => {
          const data = Buffer.from(attachment.base64, "base64");
          return {
            projectId,
            eventId: dashed(attachment.eventId),
            name: attachment.name,
            contentType: attachment.contentType,
            type: attachment.type,
            size: data.length,
            data,
          };
        }),
      });
    }
    if (items.feedback.length > 0) {
      await tx.userFeedback.createMany({
        data: items.feedback.map((feedback, index) => ({
          projectId,
          issueId: feedbackIssues[index] ?? null,
          eventId: feedback.associatedEventId === null ? null : dashed(feedback.associatedEventId),
          name: feedback.name,
          email: feedback.email,
          comments: feedback.comments,
          url: feedback.url,
        })),
      });
    }
  });
}

export interface EventsWorker {
  worker: Worker<EventsJobData>;
  /** Stops taking jobs, flushes the buffer and waits for the jobs in it. */
  close(): Promise<void>;
}

export function startEventsWorker(
  connection: Redis,
  options: EventsWorkerOptions = {},
): EventsWorker {
  const batcher = createEventBatcher(options.processBatch ?? processEventBatch, {
    batchSize: options.batchSize ?? 200,
    flushMs: options.flushMs ?? 50,
  });

  const processEventJob = async (job: Job<EventsJobData>): Promise<void> => {
    if (job.name === EVENT_JOBS.items) return processItemsJob(job);
    const parsed = eventJobPayload.safeParse(job.data);
    if (!parsed.success) {
      const error = new UnrecoverableError(
        `invalid event job: ${parsed.error.message.slice(0, 500)}`,
      );
      await recordFailedEvent(job, error);
      throw error;
    }
    try {
      await batcher.add(parsed.data);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      const attempts = job.opts.attempts ?? EVENT_JOB_ATTEMPTS;
      if (job.attemptsMade + 1 >= attempts) await recordFailedEvent(job, failure);
      throw failure;
    }
  };

  const worker = new Worker<EventsJobData>(options.queueName ?? EVENTS_QUEUE, processEventJob, {
    ...queueOptions(connection),
    // Enough jobs in flight at once for the batcher to fill its batches.
    concurrency: options.concurrency ?? 256,
  });

  return {
    worker,
    async close() {
      // close() waits for active jobs, which wait for their flush; flushing first makes that prompt.
      const closing = worker.close();
      await batcher.flush();
      await closing;
      await batcher.flush();
    },
  };
}
