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
}

export interface EventBatcher {
  add(event: IngestedEvent): Promise<void>;
  /** Sends everything buffered (respecting `maxInFlight`) and waits until all of it settled. */
  flush(): Promise<void>;
}

interface Buffered {
  event: IngestedEvent;
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
  const settledWaiters = new Set<() => void>();

  const pump = (): void => {
    while (running < options.maxInFlight && buffer.length > 0) {
      if (!due && buffer.length < options.batchSize) return;
      const batch = buffer.slice(0, options.batchSize);
      buffer = buffer.slice(batch.length);
      if (buffer.length === 0) {
        due = false;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      }
      running += 1;
      void run(batch).finally(() => {
        running -= 1;
        pump();
        if (running === 0 && buffer.length === 0) {
          for (const waiter of settledWaiters) waiter();
          settledWaiters.clear();
        }
      });
    }
  };

  const run = async (batch: Buffered[]): Promise<void> => {
    try {
      settle(batch, await processBatch(batch.map((entry) => entry.event)));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const entry of batch) entry.reject(failure);
    }
  };

  return {
    add(event) {
      return new Promise<void>((resolve, reject) => {
        buffer.push({ event, resolve, reject });
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
