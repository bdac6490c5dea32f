import { UnrecoverableError, type Job } from "bullmq";
import {
  eventBatchJobPayload,
  eventJobPayload,
  type EventJobPayload,
  type EventsJobData,
} from "@/server/queue/events";
import type { EventBatcher } from "./eventBatcher";
import {
  errorMessage,
  isLastAttempt,
  recordFailedEvents,
  type FailedEventRecord,
} from "./failedEventRecords";

/**
 * The one place an event's job data is read: validated again, since Redis is outside our type
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
    return { error: `payload is not JSON: ${errorMessage(error)}` };
  }
}

/** A job that cannot be read at all: kept in FailedEvent at once, never retried. */
export async function rejectInvalidJob(job: Job, reason: string): Promise<never> {
  const error = new UnrecoverableError(`invalid ${job.name} job: ${reason}`);
  await recordFailedEvents([{ data: job.data, error: error.message }], job.attemptsMade + 1);
  throw error;
}

/** Runs `work`; a failure on the job's last attempt is recorded in FailedEvent before it is rethrown. */
export async function withFailureRecord(job: Job, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (isLastAttempt(job)) {
      await recordFailedEvents(
        [{ data: job.data, error: errorMessage(error) }],
        job.attemptsMade + 1,
      );
    }
    throw error instanceof Error ? error : new Error(String(error));
  }
}

/** An `EVENT_JOBS.event` job: one event (Replay, and jobs queued by edges before batch jobs). */
export async function processEventJob(job: Job<EventsJobData>, batcher: EventBatcher) {
  const read = readEventJob(job.data);
  if ("error" in read) return rejectInvalidJob(job, read.error);
  return withFailureRecord(job, () => batcher.add(read.event));
}

/**
 * An `EVENT_JOBS.events` job: an edge's micro-batch. Its events go to the batcher one by one and
 * the job settles once all of them have. An event that cannot be read is kept in FailedEvent on
 * its own while the others proceed. If any event fails the job is retried as a whole (storage is
 * idempotent by project and event id, so the ones already stored are counted once); on the last
 * attempt each failed event becomes its own FailedEvent row, replayable as an `event` job.
 * Unreadable events are recorded only on the attempt that ends the job, so retries do not repeat them.
 */
export async function processEventBatchJob(
  job: Job<EventsJobData>,
  batcher: EventBatcher,
): Promise<void> {
  const parsed = eventBatchJobPayload.safeParse(job.data);
  if (!parsed.success) return rejectInvalidJob(job, parsed.error.message.slice(0, 500));
  const invalid: FailedEventRecord[] = [];
  const valid: { data: unknown; event: EventJobPayload }[] = [];
  for (const data of parsed.data.events) {
    const read = readEventJob(data);
    if ("error" in read) invalid.push({ data, error: `invalid event: ${read.error}` });
    else valid.push({ data, event: read.event });
  }
  const outcomes = await Promise.allSettled(valid.map(({ event }) => batcher.add(event)));
  const failed = outcomes.flatMap((outcome, index): FailedEventRecord[] =>
    outcome.status === "rejected"
      ? [{ data: valid[index]?.data, error: errorMessage(outcome.reason) }]
      : [],
  );
  const last = isLastAttempt(job);
  if (failed.length > 0 && !last) throw batchFailure(failed, parsed.data.events.length);
  await recordFailedEvents([...invalid, ...failed], job.attemptsMade + 1);
  if (failed.length > 0) throw batchFailure(failed, parsed.data.events.length);
}

function batchFailure(failed: readonly FailedEventRecord[], total: number): Error {
  return new Error(`${failed.length} of ${total} events failed: ${failed[0]?.error ?? ""}`);
}
