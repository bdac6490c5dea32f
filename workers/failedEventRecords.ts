import type { Job } from "bullmq";
import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { EVENT_JOB_ATTEMPTS } from "@/server/queue/events";

/** One event (or job) given up on: the data as it arrived, so Replay can put it back as it was. */
export interface FailedEventRecord {
  data: unknown;
  error: string;
}

/** Whether a failure now uses the job's last attempt. */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? EVENT_JOB_ATTEMPTS);
}

/**
 * Never silently dropped: each record becomes a FailedEvent row of its own, visible to admins and
 * replayable. One statement, so a retry after a failed write does not leave half the rows.
 */
export async function recordFailedEvents(
  records: readonly FailedEventRecord[],
  attempts: number,
): Promise<void> {
  if (records.length === 0) return;
  await db.failedEvent.createMany({
    data: records.map(({ data, error }) => {
      const fields = (typeof data === "object" && data !== null ? data : {}) as {
        projectId?: unknown;
        eventId?: unknown;
      };
      return {
        projectId: typeof fields.projectId === "number" ? fields.projectId : 0,
        eventId: typeof fields.eventId === "string" ? fields.eventId : null,
        payload: (data ?? null) as Prisma.InputJsonValue,
        error: error.slice(0, 10_000),
        attempts,
      };
    }),
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
