import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { ingestedEventSchema, type IngestedEvent } from "@/server/processing/types";
import { queueOptions } from "./connection";
import { runningAverage } from "./runningAverage";

/** Accepted error events, enqueued by the ingest edge; processed by workers/events.ts. */
export const EVENTS_QUEUE = "events";

export const EVENT_JOBS = {
  /** The accepted events of a few milliseconds at one edge: an `EventBatchJobPayload`. */
  events: "events",
  /** One `IngestedEvent` (server/processing/types.ts): replays, and jobs queued by older edges. */
  event: "event",
  /** One `ItemsJobPayload`: sessions, client-report outcomes, attachments and feedback. */
  items: "items",
} as const;

/** The job payload: validated again by the worker, since Redis is outside our type system. */
export const eventJobPayload = ingestedEventSchema;
export type EventJobPayload = IngestedEvent;

/**
 * Each element is checked on its own (with `eventJobPayload`) by the worker, so one event that
 * is not valid is kept aside without sinking the others of its job.
 */
export const eventBatchJobPayload = z.object({ events: z.array(z.unknown()).min(1) });
export interface EventBatchJobPayload {
  events: EventJobPayload[];
}

export const EVENT_JOB_ATTEMPTS = 5;

/**
 * Completed jobs vanish at once so Redis memory tracks the backlog, not history. Failed jobs are
 * copied to the FailedEvent table by the worker before their last attempt fails, so the few kept
 * here are for debugging only.
 */
export const eventJobOptions = {
  attempts: EVENT_JOB_ATTEMPTS,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { count: 1_000, age: 24 * 60 * 60 },
} satisfies JobsOptions;

export function eventsQueue(connection: Redis, name: string = EVENTS_QUEUE): Queue<EventsJobData> {
  return new Queue<EventsJobData>(name, {
    ...queueOptions(connection),
    defaultJobOptions: eventJobOptions,
  });
}

export interface EventEnqueuer {
  /** Resolves once the job holding the event is in Redis (durable). */
  enqueue(event: EventJobPayload): Promise<void>;
  enqueueItems(items: ItemsJobPayload): Promise<void>;
  /** Sends what is gathered now and waits for every pending bulk. */
  flush(): Promise<void>;
  /** Events per events job, averaged over the last hundred or so jobs (0 before the first). */
  eventsPerJob(): number;
}

/**
 * The most JSON text (characters) an edge puts in one events job. V8 allocates a string over
 * ~128 KB (64 K characters when it needs two bytes per character) in its large-object space,
 * which only a full GC frees; a job under that size is read, parsed and dropped in the young
 * generation, in the edge and in the worker. Larger events get a job of their own.
 */
export const EVENT_JOB_MAX_CHARS = 60_000;

export interface EventEnqueuerOptions {
  /** The most events in one job. */
  maxEvents?: number;
  /** The most JSON characters in one job, as far as `charsOf` knows them. */
  maxChars?: number;
  /** How long the first gathered event waits for others. */
  maxWaitMs?: number;
  /** An event's size in the job; unknown sizes count as 0 (then only `maxEvents` bounds a job). */
  charsOf?: (event: EventJobPayload) => number;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the events of a few milliseconds into ONE job (`EVENT_JOBS.events`) and adds it, with
 * the envelopes' items jobs of the same moment, in one `addBulk`: one Redis round trip and one
 * job for the worker instead of one per event (BullMQ's per-job scripts dominated both). Each
 * request awaits the bulk holding its event, so the 200 still follows durability.
 */
export function createEventEnqueuer(
  queue: Queue<EventsJobData>,
  options: EventEnqueuerOptions = {},
): EventEnqueuer {
  const maxEvents = options.maxEvents ?? 200;
  const maxChars = options.maxChars ?? EVENT_JOB_MAX_CHARS;
  const maxWaitMs = options.maxWaitMs ?? 2;
  const charsOf = options.charsOf ?? (() => 0);
  let events: EventJobPayload[] = [];
  let items: ItemsJobPayload[] = [];
  let waiters: Waiter[] = [];
  let chars = 0;
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();
  const eventsPerJob = runningAverage(0.01);

  const send = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const jobs: { name: string; data: EventsJobData }[] = items.map((data) => ({
      name: EVENT_JOBS.items,
      data,
    }));
    if (events.length > 0) {
      jobs.push({ name: EVENT_JOBS.events, data: { events } });
      eventsPerJob.observe(events.length, 1);
    }
    const settling = waiters;
    events = [];
    items = [];
    waiters = [];
    chars = 0;
    if (jobs.length === 0) return Promise.resolve();
    const sent = queue
      .addBulk(jobs)
      .then(
        () => settling.forEach((waiter) => waiter.resolve()),
        (error: unknown) => settling.forEach((waiter) => waiter.reject(error)),
      )
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
    return sent;
  };

  const gathered = () =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      if (events.length >= maxEvents || chars >= maxChars) void send();
      else timer ??= setTimeout(() => void send(), maxWaitMs);
    });

  return {
    enqueue(event) {
      const size = charsOf(event);
      // A large event starts a job of its own rather than pushing the gathered one over its bound.
      if (events.length > 0 && chars + size > maxChars) void send();
      events.push(event);
      chars += size;
      return gathered();
    },
    enqueueItems(payload) {
      items.push(payload);
      return gathered();
    },
    async flush() {
      await send();
      await Promise.all(inFlight);
    },
    eventsPerJob: () => eventsPerJob.value(),
  };
}

const hourSchema = z.iso.datetime({ offset: true });

/**
 * Everything of an envelope that is not an error event, reduced at the edge to the rows the worker
 * adds up (docs/architecture.md, "Non-event items"). One job per envelope that has any.
 */
export const itemsJobPayload = z.object({
  projectId: z.number().int().positive(),
  sessions: z.array(
    z.object({
      release: z.string(),
      environment: z.string(),
      hour: hourSchema,
      started: z.number().int().nonnegative(),
      exited: z.number().int().nonnegative(),
      errored: z.number().int().nonnegative(),
      crashed: z.number().int().nonnegative(),
      abnormal: z.number().int().nonnegative(),
      distinctId: z.string().nullable(),
    }),
  ),
  outcomes: z.array(
    z.object({
      hour: hourSchema,
      category: z.string(),
      outcome: z.string(),
      reason: z.string(),
      quantity: z.number().int().nonnegative(),
    }),
  ),
  attachments: z.array(
    z.object({
      eventId: z.string().regex(/^[0-9a-f]{32}$/),
      name: z.string(),
      contentType: z.string(),
      type: z.string(),
      base64: z.string(),
    }),
  ),
  feedback: z.array(
    z.object({
      comments: z.string(),
      name: z.string(),
      email: z.string(),
      url: z.string().nullable(),
      associatedEventId: z
        .string()
        .regex(/^[0-9a-f]{32}$/)
        .nullable(),
    }),
  ),
});
export type ItemsJobPayload = z.infer<typeof itemsJobPayload>;

/** What a job of the events queue carries, by job name (`EVENT_JOBS`). */
export type EventsJobData = EventBatchJobPayload | EventJobPayload | ItemsJobPayload;
