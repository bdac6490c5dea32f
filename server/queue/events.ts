import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { z } from "zod";
import { ingestedEventSchema, type IngestedEvent } from "@/server/processing/types";
import { queueOptions } from "./connection";

/** Accepted error events, enqueued by the ingest edge; processed by workers/events.ts. */
export const EVENTS_QUEUE = "events";

export const EVENT_JOBS = {
  /** One `IngestedEvent` (server/processing/types.ts). */
  event: "event",
  /** One `ItemsJobPayload`: sessions, client-report outcomes, attachments and feedback. */
  items: "items",
} as const;

/** The job payload: validated again by the worker, since Redis is outside our type system. */
export const eventJobPayload = ingestedEventSchema;
export type EventJobPayload = IngestedEvent;

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
  /** Resolves once the job is in Redis (durable), together with the others of its micro-batch. */
  enqueue(event: EventJobPayload): Promise<void>;
  enqueueItems(items: ItemsJobPayload): Promise<void>;
  /** Sends what is gathered now and waits for every pending bulk. */
  flush(): Promise<void>;
}

interface Pending {
  name: string;
  data: EventsJobData;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the events of a few milliseconds and adds them with one `addBulk` (one Redis round
 * trip). Each request awaits the bulk holding its event, so the 200 still follows durability.
 */
export function createEventEnqueuer(
  queue: Queue<EventsJobData>,
  options: { maxBatch?: number; maxWaitMs?: number } = {},
): EventEnqueuer {
  const maxBatch = options.maxBatch ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 2;
  let gathered: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const send = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const batch = gathered;
    gathered = [];
    if (batch.length === 0) return Promise.resolve();
    const sent = queue
      .addBulk(batch.map(({ name, data }) => ({ name, data })))
      .then(
        () => batch.forEach((pending) => pending.resolve()),
        (error: unknown) => batch.forEach((pending) => pending.reject(error)),
      )
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
    return sent;
  };

  const gather = (name: string, data: EventsJobData) =>
    new Promise<void>((resolve, reject) => {
      gathered.push({ name, data, resolve, reject });
      if (gathered.length >= maxBatch) void send();
      else timer ??= setTimeout(() => void send(), maxWaitMs);
    });

  return {
    enqueue: (event) => gather(EVENT_JOBS.event, event),
    enqueueItems: (items) => gather(EVENT_JOBS.items, items),
    async flush() {
      await send();
      await Promise.all(inFlight);
    },
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
export type EventsJobData = EventJobPayload | ItemsJobPayload;
