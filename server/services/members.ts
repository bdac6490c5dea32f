import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { recordAudit } from "./audit";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { newAuthId } from "./ids";
import { invitationExpiry, isInvitationExpired } from "./invitations";
import { invitationLink, sendInvitationMail } from "./mail";
import type { OrgAccess } from "./organizations";
import {
  ORGANIZATION_ROLES,
  asOrganizationRole,
  canManageOrganization,
  type OrganizationRole,
} from "./roles";
import { emailSchema } from "./users";

export async function listMembers(access: OrgAccess) {
  const memberships = await db.membership.findMany({
    where: { organizationId: access.org.id },
    include: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((membership) => ({
    id: membership.id,
    userId: membership.userId,
    name: membership.user.name,
    email: membership.user.email,
    role: asOrganizationRole(membership.role),
    createdAt: membership.createdAt,
  }));
}

/** Pending invitations. The link lets its holder sign up, so only admins see it. */
export async function listInvitations(access: OrgAccess) {
  const invitations = await db.invitation.findMany({
    where: { organizationId: access.org.id, status: "pending" },
    orderBy: { createdAt: "desc" },
  });
  const showLinks = canManageOrganization(access.role);
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: asOrganizationRole(invitation.role),
    expiresAt: invitation.expiresAt,
    expired: isInvitationExpired(invitation),
    link: showLinks ? invitationLink(invitation.id) : null,
  }));
}

/** Only owners hand out or take away ownership. */
function checkMayGrant(access: OrgAccess, ...roles: OrganizationRole[]): void {
  if (roles.includes("owner") && access.role !== "owner") {
    throw forbidden("Only an owner can grant or revoke the owner role");
  }
}

/**
 * An invitation by link (and by e-mail when SMTP is configured). Re-inviting an address replaces
 * its pending invitation, so only the newest link works.
 */
export async function inviteMember(
  access: OrgAccess,
  input: { email: string; role: OrganizationRole },
): Promise<{ invitationId: string; link: string; emailed: boolean }> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) throw badRequest(`Invalid email: ${parsed.error.issues[0]?.message}`);
  const email = parsed.data;
  checkMayGrant(access, input.role);

  const invitation = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organizationId: access.org.id, user: { email } },
    });
    if (member !== null) throw conflict(`${email} is already a member of ${access.org.name}`);
    await tx.invitation.updateMany({
      where: { organizationId: access.org.id, email, status: "pending" },
      data: { status: "canceled" },
    });
    const created = await tx.invitation.create({
      data: {
        id: newAuthId(),
        organizationId: access.org.id,
        email,
        role: input.role,
        status: "pending",
        expiresAt: invitationExpiry(),
        inviterId: access.actor.userId,
      },
    });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "member.invite",
      targetType: "invitation",
      targetId: created.id,
      data: { email, role: input.role },
    });
    return created;
  });

  const inviter = await db.user.findUnique({
    where: { id: access.actor.userId },
    select: { name: true },
  });
  const mail = await sendInvitationMail({
    invitationId: invitation.id,
    email,
    organizationName: access.org.name,
    inviterName: inviter?.name ?? "A teammate",
  });
  return {
    invitationId: invitation.id,
    link: invitationLink(invitation.id),
    emailed: mail.delivered,
  };
}

export async function cancelInvitation(access: OrgAccess, invitationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: access.org.id, status: "pending" },
      data: { status: "canceled" },
    });
    if (count === 0) throw notFound("Pending invitation");
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "member.invite_cancel",
      targetType: "invitation",
      targetId: invitationId,
    });
  });
}

/**
 * Locks the organization's owner rows, so two owners demoting or removing each other at the same
 * moment cannot both succeed and leave the organization without one.
 */
async function lockOwnerIds(
  tx: Prisma.TransactionClient,
  organizationId: string,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND role = 'owner' FOR UPDATE`;
  return rows.map((row) => row.id);
}

async function findMember(tx: Prisma.TransactionClient, access: OrgAccess, memberId: string) {
  const member = await tx.membership.findFirst({
    where: { id: memberId, organizationId: access.org.id },
  });
  if (member === null) throw notFound("Member");
  return member;
}

const LAST_OWNER_MESSAGE =
  "An organization needs at least one owner; make someone else owner first";

export async function updateMemberRole(
  access: OrgAccess,
  memberId: string,
  role: OrganizationRole,
): Promise<{ id: string; role: OrganizationRole }> {
  if (!ORGANIZATION_ROLES.includes(role)) throw badRequest(`Unknown role ${role}`);
  return db.$transaction(async (tx) => {
    const ownerIds = await lockOwnerIds(tx, access.org.id);
    const member = await findMember(tx, access, memberId);
    const previous = asOrganizationRole(member.role);
    if (previous === role) return { id: member.id, role };
    checkMayGrant(access, previous, role);
    if (previous === "owner" && ownerIds.length <= 1) throw badRequest(LAST_OWNER_MESSAGE);
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "member.role_change",
      targetType: "user",
      targetId: member.userId,
      data: { from: previous, to: role },
    });
    return { id: member.id, role };
  });
}

/**
 * Admins remove members; anyone may remove themselves (leave). The user's team memberships and
 * tokens scoped to this organization go with the membership.
 */
export async function removeMember(access: OrgAccess, memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const ownerIds = await lockOwnerIds(tx, access.org.id);
    const member = await findMember(tx, access, memberId);
    const role = asOrganizationRole(member.role);
    const isSelf = member.userId === access.actor.userId;
    if (!isSelf && !canManageOrganization(access.role)) {
      throw forbidden("Only owners and admins can remove other members");
    }
    if (!isSelf) checkMayGrant(access, role);
    if (role === "owner" && ownerIds.length <= 1) throw badRequest(LAST_OWNER_MESSAGE);

    await tx.teamMembership.deleteMany({
      where: { userId: member.userId, team: { organizationId: access.org.id } },
    });
    await tx.apiToken.deleteMany({
      where: { userId: member.userId, organizationId: access.org.id },
    });
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, access.actor, {
      organizationId: access.org.id,
      action: "member.remove",
      targetType: "user",
      targetId: member.userId,
      data: { role, left: isSelf },
    });
  });
}
