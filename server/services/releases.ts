import { db } from "@/server/db/client";
import type { OrgAccess } from "./organizations";
import { findProject } from "./projectLookup";

/** The organization's releases, newest first, optionally only those seen in one project. */
export async function listReleases(access: OrgAccess, projectSlug?: string, limit = 100) {
  const project = projectSlug === undefined ? null : await findProject(access.org.id, projectSlug);
  const releases = await db.release.findMany({
    where: {
      organizationId: access.org.id,
      ...(project === null ? {} : { projects: { some: { projectId: project.id } } }),
    },
    include: { projects: { include: { project: { select: { slug: true } } } } },
    orderBy: [{ dateCreated: "desc" }, { id: "desc" }],
    take: limit,
  });
  return releases.map((release) => {
    const counted =
      project === null
        ? release.projects
        : release.projects.filter((p) => p.projectId === project.id);
    return {
      version: release.version,
      dateCreated: release.dateCreated,
      firstEvent: release.firstEvent,
      lastEvent: release.lastEvent,
      projects: release.projects.map((p) => p.project.slug).sort(),
      newIssues: counted.reduce((sum, p) => sum + p.newIssuesCount, 0),
    };
  });
}
