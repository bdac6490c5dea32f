/**
 * How many event jobs the worker keeps active. Each active job holds its payload in memory
 * (parsed, normalized, serialized), so a fixed concurrency that keeps two batches of 5–10 KB events
 * busy would hold too much with 50 KB events (measured: worker RSS 437 MB at 500 jobs of 50 KB,
 * 322 MB at 200). Concurrency follows the recent average payload size instead, keeping about
 * `budgetBytes` of payload in flight, within [min, max].
 */
export interface InFlightBudget {
  budgetBytes: number;
  min: number;
  max: number;
}

/** The worker's concurrency for payloads averaging `averageBytes`. */
export function concurrencyFor(averageBytes: number, budget: InFlightBudget): number {
  if (!(averageBytes > 0)) return budget.max;
  return Math.max(budget.min, Math.min(budget.max, Math.floor(budget.budgetBytes / averageBytes)));
}

/** A running average of payload sizes that follows a change of traffic within a few batches. */
export function payloadSizeAverage(weight = 0.3) {
  let average = 0;
  return {
    observe(bytes: number, events: number): number {
      if (events <= 0) return average;
      const batchAverage = bytes / events;
      average = average === 0 ? batchAverage : average + weight * (batchAverage - average);
      return average;
    },
  };
}
