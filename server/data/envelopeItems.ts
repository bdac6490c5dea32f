import type { ItemsJobPayload } from "@/server/queue/events";
import { insertAttachments } from "./attachments";
import { insertFeedback } from "./feedback";
import { addOutcomes } from "./outcomes";
import { claimJob } from "./processedJobs";
import { addSessionCounts } from "./sessions";
import { inSqlTransaction } from "./sql";

export type ItemsOutcome = "stored" | "already-stored" | "project-deleted";

/**
 * Sessions, outcomes, attachments and feedback of one envelope, in one transaction that also
 * claims `jobKey`: a retry after a failure, or a redelivery after a crash between commit and
 * acknowledgement, never counts twice.
 */
export async function persistEnvelopeItems(
  items: ItemsJobPayload,
  jobKey: string,
): Promise<ItemsOutcome> {
  const { projectId } = items;
  const now = new Date();
  return inSqlTransaction(async (tx) => {
    const [project] = await tx.query<{ id: number }>`
      SELECT id FROM "Project" WHERE id = ${projectId}`;
    if (project === undefined) return "project-deleted";
    if (!(await claimJob(tx, jobKey, now))) return "already-stored";
    await addSessionCounts(tx, projectId, items.sessions);
    await addOutcomes(tx, projectId, items.outcomes);
    await insertAttachments(tx, projectId, items.attachments, now);
    await insertFeedback(tx, projectId, items.feedback, now);
    return "stored";
  });
}
