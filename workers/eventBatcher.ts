import type { BatchResult } from "@/server/processing/pipeline";
import type { IngestedEvent } from "@/server/processing/types";

/**
 * BullMQ hands a processor one job per call, so batching is built on top: a high worker
 * `concurrency` feeds this buffer, flushed to the batch step by size or time; each job's promise
 * settles after the flush holding it committed (pipeline-notes.md, "The queue").
 *
 * Up to `maxInFlight` batches run at once, so one batch's normalization and grouping (CPU in
 * this process) overlaps the previous one's transaction (Postgres). While every slot is busy the
 * buffer keeps filling, so under load batches grow towards `batchSize` on their own, and at a
 * light load an event waits at most `flushMs` before its batch starts.
 */
export interface EventBatcherOptions {
  /** The most events in one batch. */
  batchSize: number;
  /** How long the first buffered event waits for more before a partial batch is sent. */
  flushMs: number;
  maxInFlight: number;
  /**
   * The most events the caller lets in at once (buffered plus running), when it bounds them. A
   * buffer holding its share of that (1 / `maxInFlight`, or all the running batches leave) cannot
   * grow any more, so its batch leaves as soon as a slot is free instead of waiting out `flushMs`.
   */
  eventsInFlight?: () => number;
  /** Told about every batch once it settled (benchmarks read batch sizes and waits from it). */
  onBatch?: (report: BatchReport) => void;
}

export interface BatchReport {
  events: number;
  /** How long its oldest event waited in the buffer. */
  waitedMs: number;
  /** Preparing and persisting it, or until it failed. */
  runMs: number;
  /** Events stored or found already stored; 0 when the batch failed. */
  settled: number;
}

export interface EventBatcher {
  add(event: IngestedEvent): Promise<void>;
  /** Sends everything buffered (respecting `maxInFlight`) and waits until all of it settled. */
  flush(): Promise<void>;
}

interface Buffered {
  event: IngestedEvent;
  bufferedAt: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

export function createEventBatcher(
  processBatch: (events: IngestedEvent[]) => Promise<BatchResult>,
  options: EventBatcherOptions,
): EventBatcher {
  let buffer: Buffered[] = [];
  let timer: NodeJS.Timeout | undefined;
  /** Set when the buffer's wait is over (timer fired, or flush() called). */
  let due = false;
  let running = 0;
  let runningEvents = 0;
  const settledWaiters = new Set<() => void>();

  /** The buffered events at which a batch leaves without waiting for the timer. */
  const readyAt = (): number => {
    if (options.eventsInFlight === undefined) return options.batchSize;
    const inFlight = options.eventsInFlight();
    const share = Math.min(inFlight / options.maxInFlight, inFlight - runningEvents);
    return Math.max(1, Math.min(options.batchSize, Math.floor(share)));
  };

  const pump = (): void => {
    while (running < options.maxInFlight && buffer.length > 0) {
      if (!due && buffer.length < readyAt()) return;
      const batch = buffer.slice(0, options.batchSize);
      buffer = buffer.slice(batch.length);
      if (buffer.length === 0) {
        due = false;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      }
      running += 1;
      runningEvents += batch.length;
      void run(batch).finally(() => {
        running -= 1;
        runningEvents -= batch.length;
        pump();
        if (running === 0 && buffer.length === 0) {
          for (const waiter of settledWaiters) waiter();
          settledWaiters.clear();
        }
      });
    }
  };

  const run = async (batch: Buffered[]): Promise<void> => {
    const startedAt = performance.now();
    let settled = 0;
    try {
      const result = await processBatch(batch.map((entry) => entry.event));
      settled = result.stored + result.duplicates;
      settle(batch, result);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const entry of batch) entry.reject(failure);
    }
    options.onBatch?.({
      events: batch.length,
      waitedMs: startedAt - (batch[0]?.bufferedAt ?? startedAt),
      runMs: performance.now() - startedAt,
      settled,
    });
  };

  return {
    add(event) {
      return new Promise<void>((resolve, reject) => {
        buffer.push({ event, bufferedAt: performance.now(), resolve, reject });
        timer ??= setTimeout(() => {
          timer = undefined;
          due = true;
          pump();
        }, options.flushMs);
        pump();
      });
    },
    flush() {
      if (running === 0 && buffer.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        settledWaiters.add(resolve);
        due = true;
        pump();
      });
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
