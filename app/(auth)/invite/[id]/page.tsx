import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { AuthCard } from "@/components/auth/AuthCard";
import { InvitationUnavailable } from "@/components/auth/InvitationUnavailable";
import { InviteAcceptance } from "@/components/auth/InviteAcceptance";
import { callerForHeaders } from "@/server/api/root";
import { PASSWORD_MIN_LENGTH } from "@/server/auth/password";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Join organization" };

type InvitePageProps = { params: Promise<{ id: string }> };

async function findInvitation(headersList: Headers, invitationId: string) {
  try {
    return await (await callerForHeaders(headersList)).invitations.get({ invitationId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}

export default async function InvitePage({ params }: InvitePageProps) {
  const { id } = await params;
  const requestHeaders = await headers();
  const [invitation, user] = await Promise.all([
    findInvitation(requestHeaders, id),
    getSessionUser(requestHeaders),
  ]);

  if (invitation === null)
    return <InvitationUnavailable reason="missing" signedIn={user !== null} />;
  if (invitation.status === "accepted")
    return <InvitationUnavailable reason="accepted" signedIn={user !== null} />;
  if (invitation.status !== "pending")
    return <InvitationUnavailable reason="canceled" signedIn={user !== null} />;
  if (invitation.expired)
    return <InvitationUnavailable reason="expired" signedIn={user !== null} />;

  const role = invitation.role === "member" ? "a member" : `an ${invitation.role}`;
  return (
    <AuthCard
      title={`Join ${invitation.organizationName}`}
      description={
        <>
          You&apos;ve been invited to join{" "}
          <strong className="font-medium text-fg">{invitation.organizationName}</strong> on
          Faultline as {role}.
        </>
      }
    >
      <InviteAcceptance
        invitationId={id}
        email={invitation.email}
        hasAccount={invitation.hasAccount}
        signedInAs={user ? { name: user.name, email: user.email } : null}
        minPasswordLength={PASSWORD_MIN_LENGTH}
      />
    </AuthCard>
  );
}
