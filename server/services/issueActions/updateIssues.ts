import { utc, type Tx } from "@/server/data/transaction";
import { inIssueTransaction } from "./issueTransaction";
import type { IssueStatus, IssueSubstatus, Prisma } from "@/server/db/generated/client";
import { notFound } from "../errors";
import type { OrgAccess } from "../organizations";
import { resolveAssignee, type ResolvedAssignee } from "./assignee";
import { statusUpdate, type StatusUpdate } from "./statusChange";
import { targetIssueIds, type TargetScope } from "./target";
import type { IssueChange, IssueTarget } from "./types";

export interface UpdateResult {
  /** Issues the change altered (resolving a resolved issue does not count). */
  updated: number;
  /** Issues the target matched in the caller's organization. */
  matched: number;
  issueIds: number[];
}

interface LockedIssue {
  id: number;
  projectId: number;
  status: IssueStatus;
  substatus: IssueSubstatus;
  statusDetails: unknown;
  timesSeen: number;
  userCount: number;
  isReviewed: boolean;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
}

type ActivityInput = Prisma.ActivityCreateManyInput;

/**
 * Applies one change to the target's issues in one transaction, with an activity carrying the
 * actor for each issue it altered. Rows are locked in id order, FOR NO KEY UPDATE, like the event
 * worker's batches (server/data/issues.ts `lockIssues`), so an ignore's baselines are read under
 * the same lock the counters are written with.
 */
export async function updateIssues(
  access: OrgAccess,
  target: IssueTarget,
  change: IssueChange,
  scope: TargetScope = {},
): Promise<UpdateResult> {
  const ids = await targetIssueIds(access, target, scope);
  if (ids.length === 0) throw notFound("Issue");
  const assignee =
    "assignee" in change && change.assignee !== null
      ? await resolveAssignee(access, change.assignee)
      : null;
  const now = new Date();

  const updated = await inIssueTransaction(async (tx) => {
    const issues = await lockIssueRows(tx, ids);
    if ("status" in change) return applyStatus(tx, issues, change, access.actor.userId, now);
    if ("isReviewed" in change) {
      return applyReviewed(tx, issues, change.isReviewed, access.actor.userId, now);
    }
    return applyAssignee(tx, issues, assignee, access.actor.userId, now);
  });
  return { updated, matched: ids.length, issueIds: ids };
}

async function lockIssueRows(tx: Tx, ids: readonly number[]): Promise<LockedIssue[]> {
  return tx.$queryRaw<LockedIssue[]>`
    SELECT id, "projectId", status::text AS status, substatus::text AS substatus, "statusDetails",
      "timesSeen", "userCount", "isReviewed", "assigneeUserId", "assigneeTeamId"
    FROM "Issue" WHERE id = ANY(${[...ids]}::int[])
    ORDER BY id
    FOR NO KEY UPDATE`;
}

async function applyStatus(
  tx: Tx,
  issues: readonly LockedIssue[],
  change: Extract<IssueChange, { status: string }>,
  userId: string,
  now: Date,
): Promise<number> {
  const updates = issues.flatMap((issue) => {
    const update = statusUpdate(change, issue, now);
    return update === null ? [] : [{ issue, update }];
  });
  if (updates.length === 0) return 0;
  await writeStatuses(tx, updates, now);
  await tx.activity.createMany({
    data: updates.map(({ issue, update }): ActivityInput => ({
      issueId: issue.id,
      projectId: issue.projectId,
      type: update.activity.type,
      userId,
      data: update.activity.data,
      createdAt: now,
    })),
  });
  return updates.length;
}

/** One UPDATE for all: each issue's own details (its ignore baselines differ). */
async function writeStatuses(
  tx: Tx,
  updates: readonly { issue: LockedIssue; update: StatusUpdate }[],
  now: Date,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Issue" AS i SET
      "status" = u.status::"IssueStatus",
      "substatus" = u.substatus::"IssueSubstatus",
      "statusDetails" = u.details,
      "resolvedAt" = u.resolved_at,
      "updatedAt" = ${utc(now)}::timestamp(3)
    FROM unnest(
      ${updates.map(({ issue }) => issue.id)}::int[],
      ${updates.map(({ update }) => update.status)}::text[],
      ${updates.map(({ update }) => update.substatus)}::text[],
      ${updates.map(({ update }) => JSON.stringify(update.statusDetails))}::jsonb[],
      ${updates.map(({ update }) => (update.resolvedAt === null ? null : utc(update.resolvedAt)))}::timestamp(3)[])
      AS u(id, status, substatus, details, resolved_at)
    WHERE i.id = u.id`;
}

async function applyReviewed(
  tx: Tx,
  issues: readonly LockedIssue[],
  isReviewed: boolean,
  userId: string,
  now: Date,
): Promise<number> {
  const changed = issues.filter((issue) => issue.isReviewed !== isReviewed);
  if (changed.length === 0) return 0;
  await tx.issue.updateMany({
    where: { id: { in: changed.map((issue) => issue.id) } },
    data: { isReviewed, updatedAt: now },
  });
  await tx.activity.createMany({
    data: changed.map((issue): ActivityInput => ({
      issueId: issue.id,
      projectId: issue.projectId,
      type: isReviewed ? "set_reviewed" : "set_unreviewed",
      userId,
      data: {},
      createdAt: now,
    })),
  });
  return changed.length;
}

async function applyAssignee(
  tx: Tx,
  issues: readonly LockedIssue[],
  assignee: ResolvedAssignee | null,
  userId: string,
  now: Date,
): Promise<number> {
  const assigneeUserId = assignee?.type === "user" ? assignee.id : null;
  const assigneeTeamId = assignee?.type === "team" ? assignee.id : null;
  const changed = issues.filter(
    (issue) => issue.assigneeUserId !== assigneeUserId || issue.assigneeTeamId !== assigneeTeamId,
  );
  if (changed.length === 0) return 0;
  await tx.issue.updateMany({
    where: { id: { in: changed.map((issue) => issue.id) } },
    data: { assigneeUserId, assigneeTeamId, updatedAt: now },
  });
  const data = assignee === null ? {} : assignedActivityData(assignee);
  await tx.activity.createMany({
    data: changed.map((issue): ActivityInput => ({
      issueId: issue.id,
      projectId: issue.projectId,
      type: assignee === null ? "unassigned" : "assigned",
      userId,
      data,
      createdAt: now,
    })),
  });
  return changed.length;
}

/** Sentry's `assigned` activity data. */
function assignedActivityData(assignee: ResolvedAssignee) {
  return assignee.type === "user"
    ? {
        assigneeType: "user",
        assignee: assignee.id,
        assigneeName: assignee.name,
        assigneeEmail: assignee.email,
      }
    : { assigneeType: "team", assignee: assignee.id, assigneeName: assignee.name };
}
