import { db } from "@/server/db/client";
import type { Project } from "@/server/db/generated/client";
import { notFound } from "./errors";

/** The project with this slug in the caller's organization; NOT_FOUND for anyone else's. */
export async function findProject(organizationId: string, projectSlug: string): Promise<Project> {
  const project = await db.project.findUnique({
    where: { organizationId_slug: { organizationId, slug: projectSlug } },
  });
  if (project === null) throw notFound("Project");
  return project;
}
