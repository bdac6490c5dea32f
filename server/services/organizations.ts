import { db } from "@/server/db/client";
import type { Membership, Organization, Prisma } from "@/server/db/generated/client";
import { recordAudit, type Actor } from "./audit";
import { badRequest, conflict, isUniqueViolation, notFound } from "./errors";
import { newAuthId } from "./ids";
import { asOrganizationRole, type OrganizationRole } from "./roles";
import { isReservedOrganizationSlug, isValidSlug, slugCandidates, slugify } from "./slugs";

/** A signed-in caller inside one organization: what every org-scoped service receives. */
export interface OrgAccess {
  org: Organization;
  membership: Membership;
  role: OrganizationRole;
  actor: Actor;
}

export interface OrganizationListItem {
  id: string;
  slug: string;
  name: string;
  role: OrganizationRole;
}

/** The user's organizations with their role in each, by name. */
export async function listMemberOrganizations(
  userId: string,
): Promise<{ organization: Organization; role: OrganizationRole }[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { organization: true },
    orderBy: [{ organization: { name: "asc" } }, { organization: { slug: "asc" } }],
  });
  return memberships.map(({ organization, role }) => ({
    organization,
    role: asOrganizationRole(role),
  }));
}

export async function listOrganizationsForUser(userId: string): Promise<OrganizationListItem[]> {
  return (await listMemberOrganizations(userId)).map(({ organization, role }) => ({
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    role,
  }));
}

/** The organization and the user's membership in it, or null when either is missing. */
export async function findMembership(
  orgSlug: string,
  userId: string,
): Promise<{ org: Organization; membership: Membership } | null> {
  const membership = await db.membership.findFirst({
    where: { userId, organization: { slug: orgSlug } },
    include: { organization: true },
  });
  if (membership === null) return null;
  const { organization, ...rest } = membership;
  return { org: organization, membership: rest };
}

export async function getOrganizationSummary(access: OrgAccess) {
  const [memberCount, projectCount] = await Promise.all([
    db.membership.count({ where: { organizationId: access.org.id } }),
    db.project.count({ where: { organizationId: access.org.id } }),
  ]);
  return {
    id: access.org.id,
    slug: access.org.slug,
    name: access.org.name,
    role: access.role,
    memberCount,
    projectCount,
  };
}

function checkOrganizationSlug(slug: string): void {
  if (!isValidSlug(slug)) {
    throw badRequest(
      "Slug must be 1–50 lowercase letters, digits or hyphens, starting and ending with a letter or digit",
    );
  }
  if (isReservedOrganizationSlug(slug)) throw badRequest(`The slug "${slug}" is reserved`);
}

/** The first free slug derived from a name: "Acme" → acme, acme-2, acme-3… */
async function freeOrganizationSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  let base = slugify(name) || "org";
  if (isReservedOrganizationSlug(base)) base = `${base}-org`;
  const candidates = slugCandidates(base, 50);
  const taken = new Set(
    (
      await tx.organization.findMany({
        where: { slug: { in: candidates } },
        select: { slug: true },
      })
    ).map((org) => org.slug),
  );
  const slug = candidates.find((candidate) => !taken.has(candidate));
  if (slug === undefined) throw conflict(`No free slug for "${name}"; choose one`);
  return slug;
}

/**
 * An organization with its owner and a default team named after it (projects need a team to be
 * found by; Sentry does the same). Runs inside the caller's transaction.
 */
export async function insertOrganization(
  tx: Prisma.TransactionClient,
  input: { name: string; slug?: string; ownerUserId: string | null },
  actor: Actor | null,
): Promise<Organization> {
  const name = input.name.trim();
  if (name === "" || name.length > 100) {
    throw badRequest("Organization name must be 1–100 characters");
  }
  let slug: string;
  if (input.slug === undefined) {
    slug = await freeOrganizationSlug(tx, name);
  } else {
    checkOrganizationSlug(input.slug);
    slug = input.slug;
  }

  let org: Organization;
  try {
    org = await tx.organization.create({ data: { id: newAuthId(), name, slug } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`An organization with the slug "${slug}" already exists`);
    }
    throw error;
  }
  const team = await tx.team.create({ data: { organizationId: org.id, name, slug } });
  if (input.ownerUserId !== null) {
    await tx.membership.create({
      data: { id: newAuthId(), organizationId: org.id, userId: input.ownerUserId, role: "owner" },
    });
    await tx.teamMembership.create({ data: { teamId: team.id, userId: input.ownerUserId } });
  }
  await recordAudit(tx, actor, {
    organizationId: org.id,
    action: "organization.create",
    targetType: "organization",
    targetId: org.id,
    data: { slug, name },
  });
  return org;
}

/** organizations.create: any signed-in user may start an organization and owns it. */
export function createOrganization(
  input: { name: string; slug?: string },
  actor: Actor,
): Promise<Organization> {
  return db.$transaction((tx) =>
    insertOrganization(tx, { ...input, ownerUserId: actor.userId }, actor),
  );
}

/**
 * For operators (CLI, launcher): the organization with this slug, created when missing. Its owner
 * is `ownerUserId`, or else the first superuser, so an organization made from the command line is
 * reachable by someone. An owner given for an existing organization is added if not a member.
 */
export async function ensureOrganization(input: {
  slug: string;
  name?: string;
  ownerUserId?: string;
}): Promise<Organization> {
  checkOrganizationSlug(input.slug);
  return db.$transaction(async (tx) => {
    const existing = await tx.organization.findUnique({ where: { slug: input.slug } });
    if (existing !== null) {
      if (input.ownerUserId !== undefined) await ensureOwner(tx, existing.id, input.ownerUserId);
      return existing;
    }
    const ownerUserId = input.ownerUserId ?? (await firstSuperuserId(tx));
    const actor = ownerUserId === null ? null : { userId: ownerUserId };
    return insertOrganization(
      tx,
      { name: input.name ?? input.slug, slug: input.slug, ownerUserId },
      actor,
    );
  });
}

async function ensureOwner(tx: Prisma.TransactionClient, organizationId: string, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (user === null) throw notFound("User");
  await tx.membership.upsert({
    where: { organizationId_userId: { organizationId, userId } },
    create: { id: newAuthId(), organizationId, userId, role: "owner" },
    update: {},
  });
}

async function firstSuperuserId(tx: Prisma.TransactionClient): Promise<string | null> {
  const user = await tx.user.findFirst({
    where: { isSuperuser: true },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return user?.id ?? null;
}
