import { db } from "@/server/db/client";
import type { Prisma, Project, ProjectKey } from "@/server/db/generated/client";
import { recordAudit, type Actor } from "./audit";
import { projectKeyDsn } from "./dsn";
import { badRequest, conflict, isUniqueViolation, notFound } from "./errors";
import type { OrgAccess } from "./organizations";
import { publishProjectChange } from "./projectKeyCache";
import { findProject } from "./projectLookup";
import { keyView, newKeyData } from "./projectKeys";
import { isValidSlug, shortIdPrefixFor, slugCandidates, slugify } from "./slugs";

export const PLATFORM_PATTERN = /^[a-z][a-z0-9.-]{0,63}$/;

/** Bare hosts, `*.example.com` wildcards, exact origins (`https://app.example.com:8443`) or `*`. */
export const ALLOWED_ORIGIN_PATTERN =
  /^(\*|(https?:\/\/)?(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?)$/i;

export async function listProjects(access: OrgAccess) {
  const projects = await db.project.findMany({
    where: { organizationId: access.org.id },
    include: {
      teams: { include: { team: { select: { slug: true } } } },
      keys: { where: { isActive: true }, orderBy: { id: "asc" }, take: 1 },
    },
    orderBy: { slug: "asc" },
  });
  return projects.map((project) => ({
    id: project.id,
    slug: project.slug,
    name: project.name,
    platform: project.platform,
    shortIdPrefix: project.shortIdPrefix,
    teamSlugs: project.teams.map(({ team }) => team.slug).sort(),
    dsn: project.keys[0] ? projectKeyDsn(project.keys[0].publicKey, project.id) : null,
  }));
}

export async function getProject(access: OrgAccess, projectSlug: string) {
  const project = await findProject(access.org.id, projectSlug);
  const [keys, teams] = await Promise.all([
    db.projectKey.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } }),
    db.team.findMany({
      where: { projects: { some: { projectId: project.id } } },
      select: { id: true, slug: true, name: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  const views = keys.map(keyView);
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    platform: project.platform,
    shortIdPrefix: project.shortIdPrefix,
    scrubData: project.scrubData,
    scrubFields: project.scrubFields,
    allowedOrigins: project.allowedOrigins,
    createdAt: project.createdAt,
    dsn: views.find((key) => key.isActive)?.dsn ?? null,
    keys: views,
    teams,
  };
}

function checkPlatform(platform: string | null | undefined): void {
  if (platform !== null && platform !== undefined && !PLATFORM_PATTERN.test(platform)) {
    throw badRequest("Platform must be a lowercase identifier such as javascript, python or go");
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    throw badRequest("Project name must be 1–100 characters");
  }
  return trimmed;
}

async function freeProjectSlug(tx: Prisma.TransactionClient, organizationId: string, name: string) {
  const candidates = slugCandidates(slugify(name) || "project", 50);
  const taken = new Set(
    (
      await tx.project.findMany({
        where: { organizationId, slug: { in: candidates } },
        select: { slug: true },
      })
    ).map((project) => project.slug),
  );
  const slug = candidates.find((candidate) => !taken.has(candidate));
  if (slug === undefined) throw conflict(`No free project slug for "${name}"; choose one`);
  return slug;
}

/** A project with its first DSN key, inside the caller's transaction. */
async function insertProject(
  tx: Prisma.TransactionClient,
  organizationId: string,
  input: { name: string; slug?: string; platform?: string | null; teamId?: string },
  actor: Actor | null,
): Promise<{ project: Project; key: ProjectKey }> {
  const name = checkName(input.name);
  checkPlatform(input.platform);
  if (input.slug !== undefined && !isValidSlug(input.slug)) {
    throw badRequest("Project slug must be lowercase letters, digits or hyphens (at most 50)");
  }
  const slug = input.slug ?? (await freeProjectSlug(tx, organizationId, name));
  let project: Project;
  try {
    project = await tx.project.create({
      data: {
        organizationId,
        name,
        slug,
        platform: input.platform ?? null,
        shortIdPrefix: shortIdPrefixFor(slug),
        ...(input.teamId === undefined ? {} : { teams: { create: { teamId: input.teamId } } }),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`A project with the slug "${slug}" already exists`);
    }
    throw error;
  }
  const key = await tx.projectKey.create({ data: newKeyData(project.id) });
  await recordAudit(tx, actor, {
    organizationId,
    action: "project.create",
    targetType: "project",
    targetId: project.id,
    data: { slug, name, platform: project.platform },
  });
  return { project, key };
}

export async function createProject(
  access: OrgAccess,
  input: { name: string; slug?: string; platform?: string | null; teamSlug?: string },
): Promise<{ slug: string; id: number }> {
  return db.$transaction(async (tx) => {
    let teamId: string | undefined;
    if (input.teamSlug !== undefined) {
      const team = await tx.team.findUnique({
        where: { organizationId_slug: { organizationId: access.org.id, slug: input.teamSlug } },
      });
      if (team === null) throw notFound("Team");
      teamId = team.id;
    }
    const { project } = await insertProject(tx, access.org.id, { ...input, teamId }, access.actor);
    return { slug: project.slug, id: project.id };
  });
}

/**
 * For operators (CLI, launcher): the project, created with a key when missing, and a working DSN
 * (a new key is made when every key is disabled).
 */
export async function ensureProject(input: {
  orgSlug: string;
  projectSlug: string;
  platform?: string;
}): Promise<{ project: Project; dsn: string }> {
  if (!isValidSlug(input.projectSlug)) {
    throw badRequest("Project slug must be lowercase letters, digits or hyphens (at most 50)");
  }
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { slug: input.orgSlug } });
    if (org === null) throw notFound("Organization");
    const existing = await tx.project.findUnique({
      where: { organizationId_slug: { organizationId: org.id, slug: input.projectSlug } },
      include: { keys: { where: { isActive: true }, orderBy: { id: "asc" }, take: 1 } },
    });
    if (existing === null) {
      const { project, key } = await insertProject(
        tx,
        org.id,
        { name: input.projectSlug, slug: input.projectSlug, platform: input.platform ?? null },
        null,
      );
      return { project, dsn: projectKeyDsn(key.publicKey, project.id) };
    }
    const { keys, ...project } = existing;
    const key = keys[0] ?? (await tx.projectKey.create({ data: newKeyData(project.id) }));
    return { project, dsn: projectKeyDsn(key.publicKey, project.id) };
  });
}

export interface ProjectPatch {
  name?: string;
  platform?: string | null;
  scrubData?: boolean;
  scrubFields?: string[];
  allowedOrigins?: string[];
}

export async function updateProject(access: OrgAccess, projectSlug: string, patch: ProjectPatch) {
  const project = await findProject(access.org.id, projectSlug);
  const data: Prisma.ProjectUpdateInput = {};
  if (patch.name !== undefined) data.name = checkName(patch.name);
  if (patch.platform !== undefined) {
    checkPlatform(patch.platform);
    data.platform = patch.platform;
  }
  if (patch.scrubData !== undefined) data.scrubData = patch.scrubData;
  if (patch.scrubFields !== undefined) {
    data.scrubFields = [...new Set(patch.scrubFields.map((field) => field.trim()).filter(Boolean))];
  }
  if (patch.allowedOrigins !== undefined) {
    const origins = [
      ...new Set(patch.allowedOrigins.map((origin) => origin.trim()).filter(Boolean)),
    ];
    const bad = origins.find((origin) => !ALLOWED_ORIGIN_PATTERN.test(origin));
    if (bad !== undefined) throw badRequest(`"${bad}" is not an origin, host, *.host or *`);
    data.allowedOrigins = origins;
  }
  await db.$transaction(async (tx) => {
    await tx.project.update({ where: { id: project.id }, data });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "project.update",
      targetType: "project",
      targetId: project.id,
      data: { fields: Object.keys(data) },
    });
  });
  if (data.allowedOrigins !== undefined) await announceProjectChange(project.id);
  return getProject(access, projectSlug);
}

/** The ingest edge caches allowed origins with each key; a Redis outage must not undo the change. */
async function announceProjectChange(projectId: number): Promise<void> {
  try {
    await publishProjectChange(projectId);
  } catch (error) {
    console.error("could not publish a project change to the key cache:", error);
  }
}
