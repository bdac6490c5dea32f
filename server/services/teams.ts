import { db } from "@/server/db/client";
import type { Team } from "@/server/db/generated/client";
import { recordAudit } from "./audit";
import { badRequest, conflict, forbidden, isUniqueViolation, notFound } from "./errors";
import type { OrgAccess } from "./organizations";
import { findProject } from "./projectLookup";
import { asOrganizationRole, canManageOrganization } from "./roles";
import { slugCandidates, slugify } from "./slugs";

export async function listTeams(access: OrgAccess) {
  const teams = await db.team.findMany({
    where: { organizationId: access.org.id },
    include: {
      _count: { select: { members: true } },
      projects: { include: { project: { select: { slug: true } } } },
      members: { where: { userId: access.actor.userId }, select: { id: true } },
    },
    orderBy: { slug: "asc" },
  });
  return teams.map((team) => ({
    id: team.id,
    slug: team.slug,
    name: team.name,
    memberCount: team._count.members,
    projectSlugs: team.projects.map(({ project }) => project.slug).sort(),
    isMember: team.members.length > 0,
  }));
}

async function findTeam(access: OrgAccess, teamSlug: string): Promise<Team> {
  const team = await db.team.findUnique({
    where: { organizationId_slug: { organizationId: access.org.id, slug: teamSlug } },
  });
  if (team === null) throw notFound("Team");
  return team;
}

export async function getTeam(access: OrgAccess, teamSlug: string) {
  const team = await findTeam(access, teamSlug);
  const [members, projects] = await Promise.all([
    db.teamMembership.findMany({
      where: { teamId: team.id },
      include: { user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.projectTeam.findMany({
      where: { teamId: team.id },
      include: { project: { select: { id: true, slug: true, name: true, platform: true } } },
    }),
  ]);
  const roles = new Map(
    (
      await db.membership.findMany({
        where: { organizationId: access.org.id, userId: { in: members.map((m) => m.userId) } },
        select: { userId: true, role: true },
      })
    ).map((membership) => [membership.userId, asOrganizationRole(membership.role)]),
  );
  return {
    id: team.id,
    slug: team.slug,
    name: team.name,
    isMember: members.some((member) => member.userId === access.actor.userId),
    members: members.map(({ user }) => ({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: roles.get(user.id) ?? "member",
    })),
    projects: projects.map(({ project }) => project).sort((a, b) => a.slug.localeCompare(b.slug)),
  };
}

export async function createTeam(
  access: OrgAccess,
  name: string,
): Promise<{ slug: string; id: string }> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    throw badRequest("Team name must be 1–100 characters");
  }
  const candidates = slugCandidates(slugify(trimmed) || "team", 50);
  const taken = new Set(
    (
      await db.team.findMany({
        where: { organizationId: access.org.id, slug: { in: candidates } },
        select: { slug: true },
      })
    ).map((team) => team.slug),
  );
  const slug = candidates.find((candidate) => !taken.has(candidate));
  if (slug === undefined) throw conflict(`No free team slug for "${trimmed}"`);
  try {
    return await db.$transaction(async (tx) => {
      const team = await tx.team.create({
        data: { organizationId: access.org.id, name: trimmed, slug },
      });
      await recordAudit(tx, access.actor, {
        organizationId: access.org.id,
        action: "team.create",
        targetType: "team",
        targetId: team.id,
        data: { slug, name: trimmed },
      });
      return { slug: team.slug, id: team.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A team with the slug "${slug}" already exists`);
    throw error;
  }
}

export async function deleteTeam(access: OrgAccess, teamSlug: string): Promise<void> {
  const team = await findTeam(access, teamSlug);
  await db.$transaction(async (tx) => {
    await tx.team.delete({ where: { id: team.id } });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "team.delete",
      targetType: "team",
      targetId: team.id,
      data: { slug: team.slug },
    });
  });
}

/** Admins manage any team's members; a member may join or leave a team themselves. */
function checkMayChangeMembership(access: OrgAccess, userId: string): void {
  if (userId !== access.actor.userId && !canManageOrganization(access.role)) {
    throw forbidden("Only owners and admins can add or remove other people");
  }
}

export async function addTeamMember(
  access: OrgAccess,
  teamSlug: string,
  userId: string,
): Promise<void> {
  checkMayChangeMembership(access, userId);
  const team = await findTeam(access, teamSlug);
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: access.org.id, userId } },
  });
  if (membership === null) throw notFound("Member");
  await db.teamMembership.upsert({
    where: { teamId_userId: { teamId: team.id, userId } },
    create: { teamId: team.id, userId },
    update: {},
  });
}

export async function removeTeamMember(
  access: OrgAccess,
  teamSlug: string,
  userId: string,
): Promise<void> {
  checkMayChangeMembership(access, userId);
  const team = await findTeam(access, teamSlug);
  const { count } = await db.teamMembership.deleteMany({ where: { teamId: team.id, userId } });
  if (count === 0) throw notFound("Team member");
}

export async function addTeamProject(
  access: OrgAccess,
  teamSlug: string,
  projectSlug: string,
): Promise<void> {
  const team = await findTeam(access, teamSlug);
  const project = await findProject(access.org.id, projectSlug);
  await db.projectTeam.upsert({
    where: { projectId_teamId: { projectId: project.id, teamId: team.id } },
    create: { projectId: project.id, teamId: team.id },
    update: {},
  });
}

export async function removeTeamProject(
  access: OrgAccess,
  teamSlug: string,
  projectSlug: string,
): Promise<void> {
  const team = await findTeam(access, teamSlug);
  const project = await findProject(access.org.id, projectSlug);
  const { count } = await db.projectTeam.deleteMany({
    where: { projectId: project.id, teamId: team.id },
  });
  if (count === 0) throw notFound("Project in this team");
}
