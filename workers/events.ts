import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { persistEnvelopeItems } from "@/server/data/envelopeItems";
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
} from "@/server/queue/events";
import { createEventBatcher } from "./eventBatcher";
import { concurrencyFor, payloadSizeAverage, type InFlightBudget } from "./inFlightBudget";

/**
 * Defaults measured with `npm run bench:pipeline` (docs/architecture.md, "Worker"): batches of up
 * to 500 events, two in flight, and up to `concurrency` jobs active — fewer when payloads are
 * large, so that about `inFlightBytes` of payload is held (inFlightBudget.ts).
 */
export const EVENTS_WORKER_DEFAULTS = {
  concurrency: 1_000,
  batchSize: 500,
  flushMs: 50,
  maxInFlight: 2,
  inFlightBytes: 4_000_000,
} as const;

export interface EventsWorkerOptions {
  queueName?: string;
  concurrency?: number;
  batchSize?: number;
  flushMs?: number;
  maxInFlight?: number;
  inFlightBytes?: number;
  /** The batch step; tests substitute one that fails. */
  processBatch?: (events: EventJobPayload[]) => Promise<BatchResult>;
}

/**
 * The one place an event job's data is read: validated again, since Redis is outside our type
 * system. `payload` may arrive as the SDK's JSON text rather than parsed (the edge then skips a
 * parse and a serialization per event); both forms give the same event.
 */
export function readEventJob(data: unknown): { event: EventJobPayload } | { error: string } {
  const parsed = eventJobPayload.safeParse(data);
  if (!parsed.success) return { error: parsed.error.message.slice(0, 500) };
  const event = parsed.data;
  if (typeof event.payload !== "string") return { event };
  try {
    return { event: { ...event, payload: JSON.parse(event.payload) as unknown } };
  } catch (error) {
    return { error: `payload is not JSON: ${error instanceof Error ? error.message : error}` };
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

/** Runs `work`; on its last attempt a failure is recorded in FailedEvent before it is rethrown. */
async function withFailureRecord(job: Job, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (job.attemptsMade + 1 >= (job.opts.attempts ?? EVENT_JOB_ATTEMPTS)) {
      await recordFailedEvent(job, failure);
    }
    throw failure;
  }
}

async function rejectInvalid(job: Job, reason: string): Promise<never> {
  const error = new UnrecoverableError(`invalid ${job.name} job: ${reason}`);
  await recordFailedEvent(job, error);
  throw error;
}

/** A 50 KB event as stored (long strings trimmed): the size assumed before the first batch. */
const LARGE_PAYLOAD_BYTES = 20_000;

/** Below this many active jobs two batches in flight would be too small to pay off. */
const MIN_CONCURRENCY = 100;

/** A key that stays the job's across retries and redeliveries, and is not reused after them. */
function jobKey(job: Job): string {
  return `${job.queueName}:${job.id ?? "?"}:${job.timestamp}`;
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
  const settings = { ...EVENTS_WORKER_DEFAULTS, ...definedOnly(options) };
  const budget: InFlightBudget = {
    budgetBytes: settings.inFlightBytes,
    min: Math.min(settings.concurrency, MIN_CONCURRENCY),
    max: settings.concurrency,
  };
  const sizes = payloadSizeAverage();
  const processBatch = options.processBatch ?? processEventBatch;
  const batcher = createEventBatcher(async (events) => {
    const result = await processBatch(events);
    const average = sizes.observe(result.payloadBytes, result.stored + result.duplicates);
    worker.concurrency = concurrencyFor(average, budget);
    return result;
  }, settings);

  const processJob = async (job: Job<EventsJobData>): Promise<void> => {
    if (job.name === EVENT_JOBS.items) {
      const parsed = itemsJobPayload.safeParse(job.data);
      if (!parsed.success) return rejectInvalid(job, parsed.error.message.slice(0, 500));
      return withFailureRecord(job, () => persistEnvelopeItems(parsed.data, jobKey(job)));
    }
    const read = readEventJob(job.data);
    if ("error" in read) return rejectInvalid(job, read.error);
    return withFailureRecord(job, () => batcher.add(read.event));
  };

  const worker = new Worker<EventsJobData>(options.queueName ?? EVENTS_QUEUE, processJob, {
    ...queueOptions(connection),
    // Until the first batch tells the payload size, assume large ones.
    concurrency: concurrencyFor(LARGE_PAYLOAD_BYTES, budget),
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

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
