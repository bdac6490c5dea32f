import { db } from "@/server/db/client";
import type { ActivityType } from "@/server/db/generated/client";
import { canManageOrganization } from "../roles";
import { badRequest, forbidden, notFound } from "../errors";
import type { OrgAccess } from "../organizations";
import type { OrgIssue } from "./issueAccess";

export const COMMENT_MAX_LENGTH = 10_000;
export const ACTIVITY_PAGE_MAX = 100;

export interface ActivityItem {
  id: string;
  type: ActivityType;
  data: Record<string, unknown>;
  createdAt: Date;
  /** null when Faultline itself did it (first seen, regression). */
  user: { id: string; name: string; email: string } | null;
}

function dataOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const USER = { select: { id: true, name: true, email: true } } as const;

function activityItem(row: {
  id: bigint;
  type: ActivityType;
  data: unknown;
  createdAt: Date;
  user: { id: string; name: string; email: string } | null;
}): ActivityItem {
  return { ...row, id: String(row.id), data: dataOf(row.data) };
}

function parseActivityId(raw: string): bigint {
  if (!/^\d{1,19}$/.test(raw)) throw notFound("Comment");
  return BigInt(raw);
}

/** The issue's activity, newest first; `cursor` is the id of the last item of the page before. */
export async function listIssueActivity(
  { issue }: OrgIssue,
  options: { cursor?: string | null; limit?: number },
): Promise<{ items: ActivityItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), ACTIVITY_PAGE_MAX);
  if (options.cursor && !/^\d{1,19}$/.test(options.cursor)) {
    throw badRequest("Invalid cursor parameter.");
  }
  const rows = await db.activity.findMany({
    where: {
      issueId: issue.id,
      ...(options.cursor ? { id: { lt: BigInt(options.cursor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: { id: true, type: true, data: true, createdAt: true, user: USER },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map(activityItem),
    nextCursor: rows.length > limit ? String(page.at(-1)!.id) : null,
  };
}

function commentText(raw: string): string {
  const text = raw.trim();
  if (text === "") throw badRequest("A comment cannot be empty.");
  if (text.length > COMMENT_MAX_LENGTH) {
    throw badRequest(
      `A comment can be at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters.`,
    );
  }
  return text;
}

export async function addIssueComment(
  access: OrgAccess,
  { issue }: OrgIssue,
  text: string,
): Promise<ActivityItem> {
  const row = await db.activity.create({
    data: {
      issueId: issue.id,
      projectId: issue.projectId,
      type: "note",
      userId: access.actor.userId,
      data: { text: commentText(text) },
    },
    select: { id: true, type: true, data: true, createdAt: true, user: USER },
  });
  return activityItem(row);
}

async function findComment({ issue }: OrgIssue, activityId: string) {
  const comment = await db.activity.findFirst({
    where: { id: parseActivityId(activityId), issueId: issue.id, type: "note" },
  });
  if (comment === null) throw notFound("Comment");
  return comment;
}

/** Only the author edits a comment; the edit time is kept so the page can say "edited". */
export async function editIssueComment(
  access: OrgAccess,
  found: OrgIssue,
  activityId: string,
  text: string,
): Promise<ActivityItem> {
  const comment = await findComment(found, activityId);
  if (comment.userId === null || comment.userId !== access.actor.userId) {
    throw forbidden("Only the author can edit a comment.");
  }
  const row = await db.activity.update({
    where: { id: comment.id },
    data: { data: { text: commentText(text), editedAt: new Date().toISOString() } },
    select: { id: true, type: true, data: true, createdAt: true, user: USER },
  });
  return activityItem(row);
}

/** The author deletes their own comment; owners and admins may delete anyone's. */
export async function deleteIssueComment(
  access: OrgAccess,
  found: OrgIssue,
  activityId: string,
): Promise<{ deleted: true }> {
  const comment = await findComment(found, activityId);
  const isAuthor = comment.userId !== null && comment.userId === access.actor.userId;
  if (!isAuthor && !canManageOrganization(access.role)) {
    throw forbidden("Only the author or an admin can delete a comment.");
  }
  await db.activity.delete({ where: { id: comment.id } });
  return { deleted: true };
}
