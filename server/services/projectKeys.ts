import { db } from "@/server/db/client";
import type { Prisma, ProjectKey } from "@/server/db/generated/client";
import { recordAudit } from "./audit";
import { projectKeyDsn } from "./dsn";
import { badRequest, notFound } from "./errors";
import { newProjectKeyPart } from "./ids";
import type { OrgAccess } from "./organizations";
import { publishProjectKeyChange } from "./projectKeyCache";
import { findProject } from "./projectLookup";

export interface ProjectKeyView {
  id: number;
  label: string;
  publicKey: string;
  isActive: boolean;
  dsn: string;
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
  createdAt: Date;
}

export function keyView(key: ProjectKey): ProjectKeyView {
  return {
    id: key.id,
    label: key.label,
    publicKey: key.publicKey,
    isActive: key.isActive,
    dsn: projectKeyDsn(key.publicKey, key.projectId),
    rateLimitCount: key.rateLimitCount,
    rateLimitWindowSeconds: key.rateLimitWindowSeconds,
    createdAt: key.createdAt,
  };
}

/**
 * Tells the ingest edge's key cache (server/services/projectKeyCache.ts) about a committed change.
 * A Redis outage must not undo the change the admin just made: the cache's TTLs bound staleness.
 */
async function announceKeyChange(...publicKeys: string[]): Promise<void> {
  try {
    for (const publicKey of publicKeys) await publishProjectKeyChange(publicKey);
  } catch (error) {
    console.error("could not publish a project key change:", error);
  }
}

/** A new DSN key: random public and (legacy, never required) secret halves. */
export function newKeyData(
  projectId: number,
  label = "Default",
): Prisma.ProjectKeyUncheckedCreateInput {
  return { projectId, label, publicKey: newProjectKeyPart(), secretKey: newProjectKeyPart() };
}

async function findKey(access: OrgAccess, projectSlug: string, keyId: number) {
  const project = await findProject(access.org.id, projectSlug);
  const key = await db.projectKey.findFirst({ where: { id: keyId, projectId: project.id } });
  if (key === null) throw notFound("Key");
  return { project, key };
}

export async function createKey(
  access: OrgAccess,
  projectSlug: string,
  label?: string,
): Promise<ProjectKeyView> {
  const project = await findProject(access.org.id, projectSlug);
  const key = await db.$transaction(async (tx) => {
    const created = await tx.projectKey.create({
      data: newKeyData(project.id, label?.trim() || "Default"),
    });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "project_key.create",
      targetType: "project_key",
      targetId: created.id,
      data: { project: project.slug, label: created.label },
    });
    return created;
  });
  await announceKeyChange(key.publicKey);
  return keyView(key);
}

/** A fresh key that inherits the old one's label and limits; the old key stops working at once. */
export async function rotateKey(
  access: OrgAccess,
  projectSlug: string,
  keyId: number,
): Promise<ProjectKeyView> {
  const { project, key } = await findKey(access, projectSlug, keyId);
  const created = await db.$transaction(async (tx) => {
    await tx.projectKey.update({ where: { id: key.id }, data: { isActive: false } });
    const next = await tx.projectKey.create({
      data: {
        ...newKeyData(project.id, key.label),
        rateLimitCount: key.rateLimitCount,
        rateLimitWindowSeconds: key.rateLimitWindowSeconds,
      },
    });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "project_key.rotate",
      targetType: "project_key",
      targetId: key.id,
      data: { project: project.slug, replacedBy: next.id },
    });
    return next;
  });
  await announceKeyChange(key.publicKey, created.publicKey);
  return keyView(created);
}

export async function setKeyActive(
  access: OrgAccess,
  projectSlug: string,
  keyId: number,
  isActive: boolean,
): Promise<ProjectKeyView> {
  const { project, key } = await findKey(access, projectSlug, keyId);
  const updated = await db.$transaction(async (tx) => {
    const next = await tx.projectKey.update({ where: { id: key.id }, data: { isActive } });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: isActive ? "project_key.enable" : "project_key.disable",
      targetType: "project_key",
      targetId: key.id,
      data: { project: project.slug },
    });
    return next;
  });
  await announceKeyChange(updated.publicKey);
  return keyView(updated);
}

/** Both null: unlimited. Otherwise `count` events per `windowSeconds` (1 s – 1 day). */
export async function setKeyRateLimit(
  access: OrgAccess,
  projectSlug: string,
  keyId: number,
  limit: { count: number | null; windowSeconds: number | null },
): Promise<ProjectKeyView> {
  const { count, windowSeconds } = limit;
  if ((count === null) !== (windowSeconds === null)) {
    throw badRequest("Set both the event count and the window, or neither");
  }
  if (count !== null && (!Number.isInteger(count) || count < 1)) {
    throw badRequest("The event count must be a positive whole number");
  }
  if (
    windowSeconds !== null &&
    (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > 86_400)
  ) {
    throw badRequest("The window must be between 1 second and 1 day");
  }
  const { project, key } = await findKey(access, projectSlug, keyId);
  const updated = await db.$transaction(async (tx) => {
    const next = await tx.projectKey.update({
      where: { id: key.id },
      data: { rateLimitCount: count, rateLimitWindowSeconds: windowSeconds },
    });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "project_key.rate_limit",
      targetType: "project_key",
      targetId: key.id,
      data: { project: project.slug, count, windowSeconds },
    });
    return next;
  });
  await announceKeyChange(updated.publicKey);
  return keyView(updated);
}
