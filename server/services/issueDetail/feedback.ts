import { db } from "@/server/db/client";
import { undashedEventId } from "../eventSerializer";
import type { OrgIssue } from "./issueAccess";

export const FEEDBACK_PAGE_MAX = 100;

export interface FeedbackItem {
  id: number;
  name: string;
  email: string;
  comments: string;
  url: string | null;
  eventId: string | null;
  createdAt: Date;
}

/** What users wrote about the issue (Sentry's user feedback), newest first. */
export async function listIssueFeedback({ issue }: OrgIssue): Promise<FeedbackItem[]> {
  const rows = await db.userFeedback.findMany({
    where: { issueId: issue.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEEDBACK_PAGE_MAX,
    select: {
      id: true,
      name: true,
      email: true,
      comments: true,
      url: true,
      eventId: true,
      createdAt: true,
    },
  });
  return rows.map((row) => ({
    ...row,
    eventId: row.eventId === null ? null : undashedEventId(row.eventId),
  }));
}
