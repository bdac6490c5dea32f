import { beforeEach, describe, expect, it } from "vitest";
import { auth } from "@/server/auth/auth";
import { db } from "@/server/db/client";
import {
  anonymousCaller,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  signIn,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

let owner: TestUser;
let orgSlug: string;
let orgId: string;
let email: string;
let invitationId: string;

beforeEach(async () => {
  owner = await createTestUser({ name: "Olivia Owner" });
  const org = await createTestOrg(owner, "Initech");
  orgSlug = org.slug;
  orgId = org.id;
  email = `newcomer-${uniqueSuffix()}@example.test`;
  const invitation = await (
    await callerFor(owner)
  ).members.invite({ orgSlug, email, role: "admin" });
  invitationId = invitation.invitationId;
  expect(invitation.link).toBe(`http://localhost:3000/invite/${invitationId}`);
  expect(invitation.emailed).toBe(false);
});

async function signUp(address: string): Promise<Headers> {
  await auth.api.signUpEmail({
    body: { email: address, password: "password123", name: "Newcomer" },
  });
  return signIn(address, "password123");
}

describe("invitation by link", () => {
  it("shows the accept page what it needs, without signing in", async () => {
    const details = await (await anonymousCaller()).invitations.get({ invitationId });
    expect(details).toEqual({
      organizationName: "Initech",
      email,
      role: "admin",
      status: "pending",
      expired: false,
      hasAccount: false,
    });
    await expectTRPCError(
      (await anonymousCaller()).invitations.get({ invitationId: "nope" }),
      "NOT_FOUND",
    );
  });

  it("lets the invited address sign up, accept and land in the organization with the invited role", async () => {
    const headers = await signUp(email);
    expect((await (await anonymousCaller()).invitations.get({ invitationId })).hasAccount).toBe(
      true,
    );

    const api = await callerFor({ headers });
    expect(await api.invitations.accept({ invitationId })).toEqual({ orgSlug });
    expect((await api.organizations.get({ orgSlug })).role).toBe("admin");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status).toBe(
      "accepted",
    );
    expect(
      await db.auditLog.count({ where: { organizationId: orgId, action: "member.join" } }),
    ).toBe(1);

    await expectTRPCError(api.invitations.accept({ invitationId }), "CONFLICT");
  });

  it("matches the address case-insensitively", async () => {
    const headers = await signUp(email.toUpperCase());
    expect(await (await callerFor({ headers })).invitations.accept({ invitationId })).toEqual({
      orgSlug,
    });
  });

  it("cannot be accepted by someone signed in with another address", async () => {
    const other = await createTestUser();
    const error = await expectTRPCError(
      (await callerFor(other)).invitations.accept({ invitationId }),
      "FORBIDDEN",
    );
    expect(error.message).toContain(email);
    expect(
      await db.membership.count({ where: { organizationId: orgId, userId: other.user.id } }),
    ).toBe(0);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status).toBe(
      "pending",
    );
  });

  it("needs a signed-in user", async () => {
    await expectTRPCError(
      (await anonymousCaller()).invitations.accept({ invitationId }),
      "UNAUTHORIZED",
    );
  });

  it("stops working when it expires or is canceled, and then sign-up closes again", async () => {
    await db.invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await (await anonymousCaller()).invitations.get({ invitationId })).expired).toBe(true);
    await expect(
      auth.api.signUpEmail({ body: { email, password: "password123", name: "Late" } }),
    ).rejects.toMatchObject({ statusCode: 403 });

    const existing = await createTestUser({ email: `late-${uniqueSuffix()}@example.test` });
    const late = await (
      await callerFor(owner)
    ).members.invite({ orgSlug, email: existing.email, role: "member" });
    await db.invitation.update({
      where: { id: late.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectTRPCError(
      (await callerFor(existing)).invitations.accept({ invitationId: late.invitationId }),
      "BAD_REQUEST",
    );

    const fresh = await (await callerFor(owner)).members.invite({ orgSlug, email, role: "member" });
    await (
      await callerFor(owner)
    ).members.cancelInvitation({ orgSlug, invitationId: fresh.invitationId });
    await expect(
      auth.api.signUpEmail({ body: { email, password: "password123", name: "Late" } }),
    ).rejects.toMatchObject({ statusCode: 403 });
    // Expired invitations stay listed (marked) so admins can send a new one; canceled ones do not.
    expect(await (await callerFor(owner)).members.invitations({ orgSlug })).toMatchObject([
      { id: late.invitationId, expired: true },
    ]);
  });

  it("re-inviting replaces the pending link, and members cannot be invited twice", async () => {
    const api = await callerFor(owner);
    const again = await api.members.invite({ orgSlug, email, role: "member" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status).toBe(
      "canceled",
    );
    expect((await api.members.invitations({ orgSlug })).map((invitation) => invitation.id)).toEqual(
      [again.invitationId],
    );
    await expectTRPCError(
      api.members.invite({ orgSlug, email: owner.email, role: "member" }),
      "CONFLICT",
    );
  });
});
