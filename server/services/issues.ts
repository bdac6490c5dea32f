import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import type { IssueStreamParams } from "@/server/search/streamParams";
import { notFound } from "./errors";
import type { OrgAccess } from "./organizations";
import { findProject } from "./projectLookup";

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

export interface StreamProject {
  id: number;
  slug: string;
  name: string;
  platform: string | null;
  shortIdPrefix: string;
}

/**
 * The projects a stream searches: the given slugs (NOT_FOUND when one is not the organization's),
 * all of them, or "my" — the projects of the caller's teams, or all when that is none. One query
 * whatever the choice: it runs before every page of the stream.
 */
export async function resolveStreamProjects(
  access: OrgAccess,
  projects: IssueStreamParams["projects"],
): Promise<StreamProject[]> {
  const rows = await db.$queryRaw<Array<StreamProject & { isMine: boolean }>>`
    SELECT p.id, p."slug", p."name", p."platform", p."shortIdPrefix",
      EXISTS (SELECT 1 FROM "ProjectTeam" pt
        JOIN "TeamMembership" tm ON tm."teamId" = pt."teamId"
        WHERE pt."projectId" = p.id AND tm."userId" = ${access.membership.userId}) AS "isMine"
    FROM "Project" p WHERE p."organizationId" = ${access.org.id}
    ORDER BY p."slug"`;
  const all = rows.map(({ isMine: _isMine, ...project }) => project);
  if (Array.isArray(projects)) {
    const wanted = new Set(projects);
    const found = all.filter((project) => wanted.has(project.slug));
    if (found.length !== wanted.size) throw notFound("Project");
    return found;
  }
  if (projects === "my") {
    const mine = rows.filter((row) => row.isMine).map(({ isMine: _isMine, ...project }) => project);
    if (mine.length > 0) return mine;
  }
  return all;
}

/** The projects of the organization with these numeric ids (REST `project=<id>`); NOT_FOUND otherwise. */
export async function projectSlugsForIds(access: OrgAccess, ids: number[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await db.project.findMany({
    where: { organizationId: access.org.id, id: { in: unique } },
    select: { slug: true },
  });
  if (found.length !== unique.length) throw notFound("Project");
  return found.map((project) => project.slug);
}

/** The caller's teams in the organization (for `assigned:my_teams`). */
export async function callerTeamIds(access: OrgAccess): Promise<string[]> {
  const teams = await db.teamMembership.findMany({
    where: { userId: access.membership.userId, team: { organizationId: access.org.id } },
    select: { teamId: true },
  });
  return teams.map((team) => team.teamId);
}
