import type { BatchReport } from "@/workers/eventBatcher";
import { percentile } from "./report";

interface Arrival extends BatchReport {
  at: number;
}

/**
 * The worker child's settled batches, as it reports them over IPC. Counting stored events this
 * way costs Postgres nothing: polling `count(*)` of a 100k-row project every 100 ms cost its
 * backend ~15–30 ms a time, on the same two cores and counted as Postgres CPU per event.
 */
export function batchProgress() {
  let arrivals: Arrival[] = [];
  let settled = 0;
  const waiters = new Set<() => void>();
  return {
    observe(report: BatchReport) {
      arrivals.push({ ...report, at: Date.now() });
      settled += report.settled;
      for (const waiter of waiters) waiter();
    },
    /** Forgets what was reported so far: the next phase counts from zero. */
    reset() {
      arrivals = [];
      settled = 0;
    },
    /**
     * Resolves once `total` events settled since the last reset, or when none settled for
     * `stallMs`; `first` is the first batch's arrival, the start of the sustained rate.
     */
    async waitFor(total: number, stallMs: number) {
      let lastProgress = Date.now();
      while (settled < total && Date.now() - lastProgress < stallMs) {
        const before = settled;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 1_000);
          waiters.add(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters.clear();
        if (settled !== before) lastProgress = Date.now();
      }
      const first = arrivals[0];
      const last = arrivals[arrivals.length - 1];
      return {
        count: settled,
        first: first && { at: first.at, count: first.settled },
        at: last?.at ?? Date.now(),
      };
    },
    /** Batch sizes, waits and overlap over what was reported since the last reset. */
    summary() {
      const sizes = arrivals.map((a) => a.events).sort((a, b) => a - b);
      const mean = (values: number[]) =>
        values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
      const first = arrivals[0];
      const last = arrivals[arrivals.length - 1];
      const wallMs = first && last ? last.at - first.at + first.runMs : 0;
      return {
        batches: arrivals.length,
        meanEvents: mean(sizes),
        p10Events: percentile(sizes, 10),
        p50Events: percentile(sizes, 50),
        p90Events: percentile(sizes, 90),
        meanWaitedMs: mean(arrivals.map((a) => a.waitedMs)),
        meanRunMs: mean(arrivals.map((a) => a.runMs)),
        averageInFlight: wallMs > 0 ? arrivals.reduce((sum, a) => sum + a.runMs, 0) / wallMs : 0,
      };
    },
  };
}
