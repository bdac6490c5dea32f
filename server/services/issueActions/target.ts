import { db } from "@/server/db/client";
import { issueIdsMatching } from "../issueStream";
import type { OrgAccess } from "../organizations";
import { MAX_BULK_ISSUES, type IssueTarget } from "./types";

/** Limits a target to one project, as Sentry's project-scoped bulk routes do. */
export interface TargetScope {
  projectId?: number;
}

/**
 * The ids of the target's issues that belong to projects of the caller's organization. Ids of
 * other organizations' issues are dropped silently, so they cannot be probed; an empty answer
 * becomes the caller's NOT_FOUND.
 */
export async function targetIssueIds(
  access: OrgAccess,
  target: IssueTarget,
  scope: TargetScope = {},
): Promise<number[]> {
  if ("ids" in target) return ownIssueIds(access, target.ids, scope);
  // issueIdsMatching refuses a query matching more than MAX_BULK_ISSUES rather than cut it short.
  return ownIssueIds(access, await issueIdsMatching(access, target.query), scope);
}

async function ownIssueIds(
  access: OrgAccess,
  ids: readonly number[],
  scope: TargetScope,
): Promise<number[]> {
  const unique = [...new Set(ids)].slice(0, MAX_BULK_ISSUES);
  if (unique.length === 0) return [];
  const rows = await db.issue.findMany({
    where: {
      id: { in: unique },
      project: { organizationId: access.org.id },
      ...(scope.projectId === undefined ? {} : { projectId: scope.projectId }),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
