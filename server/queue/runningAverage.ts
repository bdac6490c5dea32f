/**
 * A running average (payload bytes per event, events per job…) that follows a change of traffic
 * within a few observations: the edge's events per job and the worker's in-flight budget.
 */
export function runningAverage(weight = 0.3) {
  let average = 0;
  return {
    /** Adds `count` observations totalling `total`; returns the new average. */
    observe(total: number, count: number): number {
      if (count <= 0) return average;
      const observed = total / count;
      average = average === 0 ? observed : average + weight * (observed - average);
      return average;
    },
    value: () => average,
  };
}
