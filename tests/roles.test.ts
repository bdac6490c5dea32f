import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let orgSlug: string;
let orgId: string;
let ownerMemberId: string;
let adminMemberId: string;
let memberMemberId: string;
let projectSlug: string;
let keyId: number;

beforeEach(async () => {
  owner = await createTestUser({ name: "Olivia Owner" });
  admin = await createTestUser({ name: "Adam Admin" });
  member = await createTestUser({ name: "Mia Member" });
  const org = await createTestOrg(owner);
  orgSlug = org.slug;
  orgId = org.id;
  adminMemberId = await addMember(org.id, admin, "admin");
  memberMemberId = await addMember(org.id, member, "member");
  ownerMemberId = (
    await db.membership.findFirstOrThrow({
      where: { organizationId: org.id, userId: owner.user.id },
    })
  ).id;
  projectSlug = `api-${uniqueSuffix()}`;
  const created = await (
    await callerFor(owner)
  ).projects.create({ orgSlug, name: "API", slug: projectSlug });
  keyId = (await db.projectKey.findFirstOrThrow({ where: { projectId: created.id } })).id;
});

describe("a plain member", () => {
  it("can read the organization", async () => {
    const api = await callerFor(member);
    expect((await api.organizations.get({ orgSlug })).role).toBe("member");
    expect(await api.projects.list({ orgSlug })).toHaveLength(1);
    expect(await api.members.list({ orgSlug })).toHaveLength(3);
  });

  it("cannot invite, create projects or teams, or manage keys and roles", async () => {
    const api = await callerFor(member);
    const refused = [
      () =>
        api.members.invite({ orgSlug, email: `x-${uniqueSuffix()}@example.test`, role: "member" }),
      () => api.projects.create({ orgSlug, name: "Mine" }),
      () => api.projects.update({ orgSlug, projectSlug, name: "Renamed" }),
      () => api.projects.createKey({ orgSlug, projectSlug }),
      () => api.projects.rotateKey({ orgSlug, projectSlug, keyId }),
      () => api.projects.setKeyActive({ orgSlug, projectSlug, keyId, isActive: false }),
      () =>
        api.projects.setKeyRateLimit({ orgSlug, projectSlug, keyId, count: 5, windowSeconds: 60 }),
      () => api.teams.create({ orgSlug, name: "Rogue" }),
      () => api.teams.delete({ orgSlug, teamSlug: orgSlug }),
      () => api.teams.addProject({ orgSlug, teamSlug: orgSlug, projectSlug }),
      () => api.members.updateRole({ orgSlug, memberId: memberMemberId, role: "admin" }),
      () => api.members.remove({ orgSlug, memberId: adminMemberId }),
      () => api.teams.addMember({ orgSlug, teamSlug: orgSlug, userId: admin.user.id }),
    ];
    for (const call of refused) await expectTRPCError(call(), "FORBIDDEN");
    expect(await db.project.count({ where: { organizationId: orgId } })).toBe(1);
    expect(await db.invitation.count({ where: { organizationId: orgId } })).toBe(0);
    expect((await db.projectKey.findUniqueOrThrow({ where: { id: keyId } })).isActive).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: memberMemberId } })).role).toBe(
      "member",
    );
  });

  it("sees who is invited but not the invitation links", async () => {
    await (
      await callerFor(admin)
    ).members.invite({ orgSlug, email: `new-${uniqueSuffix()}@example.test`, role: "member" });
    const [invitation] = await (await callerFor(member)).members.invitations({ orgSlug });
    expect(invitation?.link).toBeNull();
    const [asAdmin] = await (await callerFor(admin)).members.invitations({ orgSlug });
    expect(asAdmin?.link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9]{32}$/);
  });

  it("can join and leave a team, and leave the organization", async () => {
    const api = await callerFor(member);
    await api.teams.addMember({ orgSlug, teamSlug: orgSlug, userId: member.user.id });
    expect(
      (await api.teams.list({ orgSlug })).find((team) => team.slug === orgSlug)?.isMember,
    ).toBe(true);
    await api.members.remove({ orgSlug, memberId: memberMemberId });
    expect(await db.membership.count({ where: { id: memberMemberId } })).toBe(0);
    expect(
      await db.teamMembership.count({
        where: { userId: member.user.id, team: { organizationId: orgId } },
      }),
    ).toBe(0);
    await expectTRPCError(api.projects.list({ orgSlug }), "NOT_FOUND");
  });
});

describe("an admin", () => {
  it("invites, manages projects and changes members' roles", async () => {
    const api = await callerFor(admin);
    const { link } = await api.members.invite({
      orgSlug,
      email: `dev-${uniqueSuffix()}@example.test`,
      role: "admin",
    });
    expect(link).toContain("/invite/");
    await api.projects.create({ orgSlug, name: "Worker" });
    await api.members.updateRole({ orgSlug, memberId: memberMemberId, role: "admin" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: memberMemberId } })).role).toBe(
      "admin",
    );
  });

  it("cannot hand out, take away or remove ownership", async () => {
    const api = await callerFor(admin);
    await expectTRPCError(
      api.members.invite({ orgSlug, email: `boss-${uniqueSuffix()}@example.test`, role: "owner" }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      api.members.updateRole({ orgSlug, memberId: memberMemberId, role: "owner" }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      api.members.updateRole({ orgSlug, memberId: ownerMemberId, role: "member" }),
      "FORBIDDEN",
    );
    await expectTRPCError(api.members.remove({ orgSlug, memberId: ownerMemberId }), "FORBIDDEN");
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMemberId } })).role).toBe(
      "owner",
    );
  });

  it("removes a member, with their team places and organization tokens", async () => {
    await (await callerFor(member)).tokens.create({ name: "mine", scope: "read", orgSlug });
    await (await callerFor(admin)).members.remove({ orgSlug, memberId: memberMemberId });
    expect(await db.membership.count({ where: { id: memberMemberId } })).toBe(0);
    expect(
      await db.apiToken.count({ where: { userId: member.user.id, organizationId: orgId } }),
    ).toBe(0);
    const audit = await db.auditLog.findFirst({
      where: { organizationId: orgId, action: "member.remove" },
    });
    expect(audit).toMatchObject({ actorUserId: admin.user.id, targetId: member.user.id });
  });
});

describe("the last owner", () => {
  it("cannot leave or be demoted, until another owner exists", async () => {
    const api = await callerFor(owner);
    await expectTRPCError(api.members.remove({ orgSlug, memberId: ownerMemberId }), "BAD_REQUEST");
    await expectTRPCError(
      api.members.updateRole({ orgSlug, memberId: ownerMemberId, role: "admin" }),
      "BAD_REQUEST",
    );

    await api.members.updateRole({ orgSlug, memberId: adminMemberId, role: "owner" });
    await api.members.updateRole({ orgSlug, memberId: ownerMemberId, role: "member" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMemberId } })).role).toBe(
      "member",
    );
    const changes = await db.auditLog.findMany({
      where: { organizationId: orgId, action: "member.role_change" },
    });
    expect(changes).toHaveLength(2);
  });

  it("two owners demoting each other at once leave one owner", async () => {
    await db.membership.update({ where: { id: adminMemberId }, data: { role: "owner" } });
    const results = await Promise.allSettled([
      (await callerFor(owner)).members.updateRole({
        orgSlug,
        memberId: adminMemberId,
        role: "member",
      }),
      (await callerFor(admin)).members.updateRole({
        orgSlug,
        memberId: ownerMemberId,
        role: "member",
      }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { organizationId: orgId, role: "owner" } })).toBe(1);
  });
});

describe("organizations", () => {
  it("any signed-in user can create one and owns it, with a default team", async () => {
    const someone = await createTestUser();
    const api = await callerFor(someone);
    const { slug } = await api.organizations.create({ name: `Globex ${uniqueSuffix()}` });
    expect(slug).toMatch(/^globex-[0-9a-f]{10}$/);
    expect(await api.organizations.get({ orgSlug: slug })).toMatchObject({
      role: "owner",
      memberCount: 1,
      projectCount: 0,
    });
    expect(await api.teams.list({ orgSlug: slug })).toMatchObject([
      { slug, memberCount: 1, isMember: true },
    ]);
  });

  it("refuses a taken or reserved slug, and derives a free one from the name", async () => {
    const api = await callerFor(owner);
    await expectTRPCError(api.organizations.create({ name: "Copy", slug: orgSlug }), "CONFLICT");
    await expectTRPCError(api.organizations.create({ name: "API", slug: "api" }), "BAD_REQUEST");
    const { slug } = await api.organizations.create({ name: orgSlug });
    expect(slug).toBe(`${orgSlug}-2`);
  });
});
