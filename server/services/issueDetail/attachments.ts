import { db } from "@/server/db/client";
import { notFound } from "../errors";
import type { OrgIssue } from "./issueAccess";

/**
 * An attachment of one of the issue's events. Attachments are stored by project and event id;
 * the event must belong to this issue, so a link works only under the issue it was shown on.
 */
export async function findIssueAttachment({ issue }: OrgIssue, attachmentIdParam: string) {
  if (!/^\d{1,18}$/.test(attachmentIdParam)) throw notFound("Attachment");
  const attachment = await db.eventAttachment.findFirst({
    where: { id: BigInt(attachmentIdParam), projectId: issue.projectId },
  });
  if (attachment === null) throw notFound("Attachment");
  const event = await db.event.findFirst({
    where: { projectId: issue.projectId, eventId: attachment.eventId, issueId: issue.id },
    select: { id: true },
  });
  if (event === null) throw notFound("Attachment");
  return attachment;
}
