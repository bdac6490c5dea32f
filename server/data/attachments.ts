import { db } from "@/server/db/client";
import type { ItemsJobPayload } from "@/server/queue/events";
import { dashedEventId } from "./eventIds";
import type { SqlTx } from "./sql";

/** Stores an envelope's attachments, linked to their event by (project, event id). */
export async function insertAttachments(
  tx: SqlTx,
  projectId: number,
  attachments: ItemsJobPayload["attachments"],
  now: Date,
): Promise<void> {
  for (const attachment of attachments) {
    const data = Buffer.from(attachment.base64, "base64");
    await tx.execute`
      INSERT INTO "EventAttachment" ("projectId", "eventId", name, "contentType", type, size, data,
        "createdAt")
      VALUES (${projectId}, ${dashedEventId(attachment.eventId)}::uuid, ${attachment.name},
        ${attachment.contentType}, ${attachment.type}, ${data.length}, ${data},
        ${now}::timestamp(3))`;
  }
}

/**
 * Deletes up to `limit` attachments created in [`from`, `to`) whose event was never stored (it
 * failed, was discarded with its project, or never came): nobody can reach them. The window keeps
 * each hourly run to recent rows, picked through the `createdAt` index; returns how many went.
 */
export async function deleteOrphanAttachments(
  from: Date,
  to: Date,
  limit: number,
): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "EventAttachment" WHERE id IN (
      SELECT a.id FROM "EventAttachment" a
      WHERE a."createdAt" >= ${from} AND a."createdAt" < ${to}
        AND NOT EXISTS (
          SELECT 1 FROM "Event" e WHERE e."projectId" = a."projectId" AND e."eventId" = a."eventId")
      LIMIT ${limit})`;
}

/**
 * Deletes up to `limit` attachments created before `before`, event or not: past the retention
 * period their event is gone too, and an orphan the windowed sweep missed (workers down for
 * days) ends here.
 */
export async function deleteAttachmentsCreatedBefore(before: Date, limit: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "EventAttachment" WHERE id IN (
      SELECT id FROM "EventAttachment" WHERE "createdAt" < ${before} LIMIT ${limit})`;
}
