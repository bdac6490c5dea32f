import { db } from "@/server/db/client";
import type { Invitation, Prisma } from "@/server/db/generated/client";
import { recordAudit } from "./audit";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { newAuthId } from "./ids";
import { asOrganizationRole } from "./roles";

/** Invitation links stay valid for a week: long enough to be shared by hand, not forever. */
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITATION_TTL_SECONDS * 1000);
}

export function isInvitationExpired(
  invitation: Pick<Invitation, "expiresAt">,
  now = new Date(),
): boolean {
  return invitation.expiresAt.getTime() <= now.getTime();
}

/** Whether someone may sign up with this e-mail: it has a pending, unexpired invitation. */
export async function hasPendingInvitation(email: string): Promise<boolean> {
  const invitation = await db.invitation.findFirst({
    where: { email: email.toLowerCase(), status: "pending", expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return invitation !== null;
}

/** What the accept page shows; public, so nothing beyond what the link's holder needs. */
export async function describeInvitation(invitationId: string) {
  const invitation = await db.invitation.findUnique({
    where: { id: invitationId },
    include: { organization: { select: { name: true } } },
  });
  if (invitation === null) throw notFound("Invitation");
  const account = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  return {
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: asOrganizationRole(invitation.role),
    status: invitation.status,
    expired: isInvitationExpired(invitation),
    hasAccount: account !== null,
  };
}

/**
 * Joins the invited organization. The signed-in user's e-mail must be the invited one: the link
 * alone is not enough to join under another account.
 */
export async function acceptInvitation(
  invitationId: string,
  user: { id: string; email: string },
): Promise<{ orgSlug: string }> {
  return db.$transaction(async (tx) => {
    const invitation = await lockInvitation(tx, invitationId);
    if (invitation === null) throw notFound("Invitation");
    if (invitation.email !== user.email.toLowerCase()) {
      throw forbidden(
        `This invitation is for ${invitation.email}; you are signed in as ${user.email}`,
      );
    }
    if (invitation.status !== "pending") {
      throw conflict(`This invitation was already ${invitation.status}`);
    }
    if (isInvitationExpired(invitation)) {
      throw badRequest("This invitation has expired; ask for a new one");
    }

    const org = await tx.organization.findUniqueOrThrow({
      where: { id: invitation.organizationId },
    });
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    });
    if (existing === null) {
      const role = asOrganizationRole(invitation.role);
      await tx.membership.create({
        data: { id: newAuthId(), organizationId: org.id, userId: user.id, role },
      });
      await recordAudit(
        tx,
        { userId: user.id },
        {
          organizationId: org.id,
          action: "member.join",
          targetType: "user",
          targetId: user.id,
          data: { invitationId, role },
        },
      );
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { status: "accepted" } });
    return { orgSlug: org.slug };
  });
}

/** Row lock so two tabs accepting the same link cannot both pass the status check. */
async function lockInvitation(tx: Prisma.TransactionClient, invitationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Invitation" WHERE id = ${invitationId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.invitation.findUnique({ where: { id: invitationId } });
}
