import { db } from "@/server/db/client";

export interface RetentionResult {
  events: number;
  attachments: number;
  batches: number;
  /** True when maxBatches stopped the run with rows left; the next run continues. */
  hasMore: boolean;
}

/**
 * Deletes events received before `olderThan`, `batchSize` rows per statement (picked through the
 * `receivedAt` index), with their attachments in the same statement. Issue counters are lifetime
 * counts and are deliberately left alone.
 */
export async function deleteExpiredEvents(options: {
  olderThan: Date;
  batchSize: number;
  maxBatches: number;
}): Promise<RetentionResult> {
  const { olderThan, batchSize, maxBatches } = options;
  const result: RetentionResult = { events: 0, attachments: 0, batches: 0, hasMore: false };
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = await deleteEventBatch(olderThan, batchSize);
    result.batches++;
    result.events += deleted.events;
    result.attachments += deleted.attachments;
    if (deleted.events < batchSize) return result;
  }
  result.hasMore = true;
  return result;
}

// One statement per batch, so no transaction holds row locks (or bloats) for long; both deletes
// in data-modifying CTEs so an event never loses its attachments separately from itself.
async function deleteEventBatch(
  olderThan: Date,
  limit: number,
): Promise<{ events: number; attachments: number }> {
  const [row] = await db.$queryRaw<Array<{ events: number; attachments: number }>>`
    WITH doomed AS (
      DELETE FROM "Event" WHERE id IN (
        SELECT id FROM "Event" WHERE "receivedAt" < ${olderThan} LIMIT ${limit})
      RETURNING "projectId", "eventId"
    ), attachments AS (
      DELETE FROM "EventAttachment" a USING doomed d
      WHERE a."projectId" = d."projectId" AND a."eventId" = d."eventId"
      RETURNING a.id
    )
    SELECT (SELECT count(*) FROM doomed)::int AS events,
           (SELECT count(*) FROM attachments)::int AS attachments`;
  return row ?? { events: 0, attachments: 0 };
}
