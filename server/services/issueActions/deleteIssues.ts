import { inIssueTransaction } from "./issueTransaction";
import { recordAudit } from "../audit";
import { notFound } from "../errors";
import { formatShortId } from "../issueSerializer";
import type { OrgAccess } from "../organizations";
import { targetIssueIds, type TargetScope } from "./target";
import type { IssueTarget } from "./types";

/**
 * Deletes the target's issues with everything hanging off them (events, hashes, users, tag
 * counts, stats, activity: foreign keys and the `Issue_delete_children` trigger cascade). No
 * issue remains to hold an activity, so each deletion is an audit-log row. The hashes go too: a
 * later event with one of them starts a new issue, as in Sentry. Rows are locked in id order
 * first, like every writer of issues.
 */
export async function deleteIssues(
  access: OrgAccess,
  target: IssueTarget,
  scope: TargetScope = {},
): Promise<{ deleted: number; issueIds: number[] }> {
  const ids = await targetIssueIds(access, target, scope);
  if (ids.length === 0) throw notFound("Issue");
  return inIssueTransaction(async (tx) => {
    const issues = await tx.$queryRaw<
      { id: number; shortIdNumber: number; title: string; shortIdPrefix: string; slug: string }[]
    >`
      SELECT i.id, i."shortIdNumber", i.title, p."shortIdPrefix", p.slug
      FROM "Issue" i JOIN "Project" p ON p.id = i."projectId"
      WHERE i.id = ANY(${ids}::int[])
      ORDER BY i.id
      FOR UPDATE OF i`;
    if (issues.length === 0) throw notFound("Issue");
    const deletedIds = issues.map((issue) => issue.id);
    await tx.issue.deleteMany({ where: { id: { in: deletedIds } } });
    await recordAudit(
      tx,
      access.actor,
      issues.map((issue) => ({
        organizationId: access.org.id,
        action: "issue.delete" as const,
        targetType: "issue",
        targetId: issue.id,
        data: {
          shortId: formatShortId(issue.shortIdPrefix, issue.shortIdNumber),
          title: issue.title,
          project: issue.slug,
        },
      })),
    );
    return { deleted: deletedIds.length, issueIds: deletedIds };
  });
}
