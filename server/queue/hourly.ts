import type { JobsOptions, Queue } from "bullmq";

/**
 * Housekeeping jobs (maintenance, retention) run hourly: a failed run is retried a few times, then
 * the next hour's run covers it, and their history stays bounded.
 */
export const hourlyJobOptions = {
  attempts: 3,
  backoff: { type: "exponential", delay: 30_000 },
  removeOnComplete: { count: 100, age: 7 * 24 * 60 * 60 },
  removeOnFail: { count: 500, age: 30 * 24 * 60 * 60 },
} satisfies JobsOptions;

const HOUR_MS = 60 * 60 * 1000;

/** Idempotent: every worker start upserts the same scheduler, so restarts never duplicate it. */
export async function scheduleHourly(
  queue: Queue,
  schedulerId: string,
  jobName: string,
): Promise<void> {
  // The payload is empty: each job's zod schema fills in its defaults when it runs.
  await queue.upsertJobScheduler(
    schedulerId,
    { every: HOUR_MS },
    { name: jobName, data: {}, opts: hourlyJobOptions },
  );
}
