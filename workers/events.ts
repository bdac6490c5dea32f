import { Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { persistEnvelopeItems } from "@/server/data/envelopeItems";
import { processEventBatch, type BatchResult } from "@/server/processing/pipeline";
import { queueOptions } from "@/server/queue/connection";
import { runningAverage } from "@/server/queue/runningAverage";
import {
  EVENTS_QUEUE,
  EVENT_JOBS,
  itemsJobPayload,
  type EventJobPayload,
  type EventsJobData,
} from "@/server/queue/events";
import { createEventBatcher, type BatchReport } from "./eventBatcher";
import {
  processEventBatchJob,
  processEventJob,
  rejectInvalidJob,
  withFailureRecord,
} from "./eventJobs";
import { concurrencyFor, eventsInFlight, type InFlightBudget } from "./inFlightBudget";

/**
 * Defaults measured with `npm run bench:pipeline` (docs/architecture.md, "Worker"): batches of up
 * to 500 events, two in flight, and as many jobs active as hold about `inFlightBytes` of payload,
 * between `minEventsInFlight` and `maxEventsInFlight` events (inFlightBudget.ts).
 */
export const EVENTS_WORKER_DEFAULTS = {
  maxJobs: 1_000,
  lookaheadJobs: 16,
  minEventsInFlight: 100,
  maxEventsInFlight: 1_000,
  inFlightBytes: 5_000_000,
  batchSize: 500,
  flushMs: 50,
  maxInFlight: 2,
} as const;

export interface EventsWorkerOptions {
  queueName?: string;
  maxJobs?: number;
  lookaheadJobs?: number;
  minEventsInFlight?: number;
  maxEventsInFlight?: number;
  inFlightBytes?: number;
  batchSize?: number;
  flushMs?: number;
  maxInFlight?: number;
  /** The batch step; tests substitute one that fails. */
  processBatch?: (events: EventJobPayload[]) => Promise<BatchResult>;
  /** Told about every settled batch (bench:pipeline reports batch sizes and waits). */
  onBatch?: (report: BatchReport) => void;
}

/** A 50 KB event as stored (long strings trimmed): the size assumed before the first batch. */
const LARGE_PAYLOAD_BYTES = 20_000;

/** A key that stays the job's across retries and redeliveries, and is not reused after them. */
function jobKey(job: Job): string {
  return `${job.queueName}:${job.id ?? "?"}:${job.timestamp}`;
}

function eventsIn(job: Job<EventsJobData>): number {
  const { events } = job.data as { events?: unknown };
  return Array.isArray(events) ? events.length : 1;
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
    minEvents: Math.min(settings.minEventsInFlight, settings.maxEventsInFlight),
    maxEvents: settings.maxEventsInFlight,
    maxJobs: settings.maxJobs,
    lookaheadJobs: settings.lookaheadJobs,
  };
  const payloadBytes = runningAverage();
  const eventsPerJob = runningAverage(0.05);
  const held = { events: 0, jobs: 0 };
  // Until the first batch tells the payload size, assume large ones.
  const averageBytes = () => payloadBytes.value() || LARGE_PAYLOAD_BYTES;
  const concurrency = () =>
    concurrencyFor(
      {
        averageBytes: averageBytes(),
        averageEventsPerJob: eventsPerJob.value(),
        heldEvents: held.events,
        activeJobs: held.jobs,
      },
      budget,
    );
  const resize = () => {
    const next = concurrency();
    if (worker.concurrency !== next) worker.concurrency = next;
  };
  const processBatch = options.processBatch ?? processEventBatch;
  const batcher = createEventBatcher(
    async (events) => {
      const result = await processBatch(events);
      payloadBytes.observe(result.payloadBytes, result.stored + result.duplicates);
      resize();
      return result;
    },
    { ...settings, eventsInFlight: () => eventsInFlight(averageBytes(), budget) },
  );

  const processJob = async (job: Job<EventsJobData>): Promise<void> => {
    if (job.name === EVENT_JOBS.items) {
      const parsed = itemsJobPayload.safeParse(job.data);
      if (!parsed.success) return rejectInvalidJob(job, parsed.error.message.slice(0, 500));
      return withFailureRecord(job, () => persistEnvelopeItems(parsed.data, jobKey(job)));
    }
    const events = eventsIn(job);
    eventsPerJob.observe(events, 1);
    held.events += events;
    held.jobs += 1;
    resize();
    try {
      if (job.name === EVENT_JOBS.events) return await processEventBatchJob(job, batcher);
      return await processEventJob(job, batcher);
    } finally {
      held.events -= events;
      held.jobs -= 1;
      resize();
    }
  };

  const worker = new Worker<EventsJobData>(options.queueName ?? EVENTS_QUEUE, processJob, {
    ...queueOptions(connection),
    concurrency: concurrency(),
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
