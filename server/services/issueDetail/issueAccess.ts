import { db } from "@/server/db/client";
import type { Issue, Project } from "@/server/db/generated/client";
import { notFound } from "../errors";
import type { OrgAccess } from "../organizations";

export interface OrgIssue {
  issue: Issue;
  project: Project;
}

/**
 * Issue `issueId` if it belongs to a project of the caller's organization. An issue of another
 * organization is NOT_FOUND, exactly like a missing one, so ids cannot be probed.
 */
export async function findOrgIssue(access: OrgAccess, issueId: number): Promise<OrgIssue> {
  const found = await db.issue.findUnique({ where: { id: issueId }, include: { project: true } });
  if (found === null || found.project.organizationId !== access.org.id) throw notFound("Issue");
  const { project, ...issue } = found;
  return { issue, project };
}

/**
 * Issue `issueId` for a signed-in user (the page's own links, which carry a session cookie, not
 * an organization): found only if the user is a member of the issue's organization.
 */
export async function findIssueForMember(userId: string, issueId: number): Promise<OrgIssue> {
  const found = await db.issue.findUnique({ where: { id: issueId }, include: { project: true } });
  if (found === null) throw notFound("Issue");
  const membership = await db.membership.findFirst({
    where: { userId, organizationId: found.project.organizationId },
    select: { id: true },
  });
  if (membership === null) throw notFound("Issue");
  const { project, ...issue } = found;
  return { issue, project };
}
