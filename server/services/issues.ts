import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { publicUrl } from "@/server/env";
import type { IssueQuery } from "./issueQuery";
import { serializeIssue, type SentryIssue } from "./issueSerializer";
import type { OrgAccess } from "./organizations";
import { findProject } from "./projectLookup";

export const ISSUE_LIST_MAX_LIMIT = 100;

/** Issue totals for the empty states: all of the organization's, or one project's. */
export async function countIssues(access: OrgAccess, projectSlug?: string) {
  const project = projectSlug === undefined ? null : await findProject(access.org.id, projectSlug);
  const where: Prisma.IssueWhereInput =
    project === null ? { project: { organizationId: access.org.id } } : { projectId: project.id };
  const [total, unresolved] = await Promise.all([
    db.issue.count({ where }),
    db.issue.count({ where: { ...where, status: "unresolved" } }),
  ]);
  return { total, unresolved };
}

/** A project's issues, most recently seen first, in Sentry's shape. */
export async function listProjectIssues(
  access: OrgAccess,
  projectSlug: string,
  query: IssueQuery,
  limit = ISSUE_LIST_MAX_LIMIT,
): Promise<SentryIssue[]> {
  const project = await findProject(access.org.id, projectSlug);
  const issues = await db.issue.findMany({
    where: {
      projectId: project.id,
      ...(query.statuses === null ? {} : { status: { in: query.statuses } }),
      ...(query.text === "" ? {} : { title: { contains: query.text, mode: "insensitive" } }),
    },
    orderBy: [{ lastSeen: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), ISSUE_LIST_MAX_LIMIT),
  });
  const links = { publicUrl: publicUrl(), orgSlug: access.org.slug };
  return issues.map((issue) => serializeIssue(issue, project, links));
}
