import type { ItemsJobPayload } from "@/server/queue/events";
import { dashedEventId } from "./eventIds";
import type { SqlTx } from "./sql";

/**
 * Stores user feedback, on the issue of the event it points at when that event is stored
 * (feedback sent before its event was processed keeps its event id and no issue).
 */
export async function insertFeedback(
  tx: SqlTx,
  projectId: number,
  feedback: ItemsJobPayload["feedback"],
  now: Date,
): Promise<void> {
  for (const entry of feedback) {
    const eventId =
      entry.associatedEventId === null ? null : dashedEventId(entry.associatedEventId);
    await tx.execute`
      INSERT INTO "UserFeedback" ("projectId", "issueId", "eventId", name, email, comments, url,
        "createdAt")
      VALUES (${projectId},
        (SELECT "issueId" FROM "Event" WHERE "projectId" = ${projectId} AND "eventId" = ${eventId}::uuid),
        ${eventId}::uuid, ${entry.name}, ${entry.email}, ${entry.comments}, ${entry.url},
        ${now}::timestamp(3))`;
  }
}
