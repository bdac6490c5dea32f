import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ensureOrganization } from "@/server/services/organizations";
import { ensureProject } from "@/server/services/projects";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

const DSN = /^http:\/\/([0-9a-f]{32})@localhost:3000\/(\d+)$/;

let owner: TestUser;
let orgSlug: string;
let orgId: string;
let api: Awaited<ReturnType<typeof callerFor>>;

beforeEach(async () => {
  owner = await createTestUser();
  const org = await createTestOrg(owner);
  orgSlug = org.slug;
  orgId = org.id;
  api = await callerFor(owner);
});

describe("projects", () => {
  it("are created with a first key, a DSN and a short-id prefix from the slug", async () => {
    const { slug, id } = await api.projects.create({
      orgSlug,
      name: "Checkout Service",
      platform: "node",
      teamSlug: orgSlug,
    });
    expect(slug).toBe("checkout-service");
    const project = await api.projects.get({ orgSlug, projectSlug: slug });
    expect(project).toMatchObject({
      id,
      name: "Checkout Service",
      platform: "node",
      shortIdPrefix: "CHECKOUT",
      scrubData: true,
      allowedOrigins: ["*"],
      teams: [{ slug: orgSlug }],
    });
    expect(project.keys).toHaveLength(1);
    const [, publicKey, projectId] = DSN.exec(project.dsn ?? "") ?? [];
    expect(publicKey).toBe(project.keys[0]?.publicKey);
    expect(projectId).toBe(String(id));
    expect(await api.projects.list({ orgSlug })).toEqual([
      {
        id,
        slug,
        name: "Checkout Service",
        platform: "node",
        shortIdPrefix: "CHECKOUT",
        teamSlugs: [orgSlug],
        dsn: project.dsn,
      },
    ]);
    const audit = await db.auditLog.findFirst({
      where: { organizationId: orgId, action: "project.create" },
    });
    expect(audit).toMatchObject({ actorUserId: owner.user.id, targetId: String(id) });
  });

  it("derive a free slug, and refuse a taken one", async () => {
    await api.projects.create({ orgSlug, name: "Web" });
    expect((await api.projects.create({ orgSlug, name: "Web" })).slug).toBe("web-2");
    await expectTRPCError(api.projects.create({ orgSlug, name: "Web", slug: "web" }), "CONFLICT");
    await expectTRPCError(
      api.projects.create({ orgSlug, name: "Web", slug: "Not A Slug" }),
      "BAD_REQUEST",
    );
  });

  it("update their settings and validate allowed origins", async () => {
    await api.projects.create({ orgSlug, name: "Web" });
    const updated = await api.projects.update({
      orgSlug,
      projectSlug: "web",
      name: "Storefront",
      scrubData: false,
      scrubFields: ["ssn", " ssn ", "card"],
      allowedOrigins: ["https://shop.example.com", "*.example.org", "localhost:3000"],
    });
    expect(updated).toMatchObject({
      name: "Storefront",
      scrubData: false,
      scrubFields: ["ssn", "card"],
      allowedOrigins: ["https://shop.example.com", "*.example.org", "localhost:3000"],
    });
    await expectTRPCError(
      api.projects.update({
        orgSlug,
        projectSlug: "web",
        allowedOrigins: ["https://example.com/path"],
      }),
      "BAD_REQUEST",
    );
  });
});

describe("project keys", () => {
  let projectSlug: string;
  let keyId: number;

  beforeEach(async () => {
    projectSlug = (await api.projects.create({ orgSlug, name: "Web" })).slug;
    keyId = (await api.projects.get({ orgSlug, projectSlug })).keys[0]!.id;
  });

  it("rotate: the new key works, the old one is disabled, limits carry over", async () => {
    await api.projects.setKeyRateLimit({
      orgSlug,
      projectSlug,
      keyId,
      count: 500,
      windowSeconds: 60,
    });
    const fresh = await api.projects.rotateKey({ orgSlug, projectSlug, keyId });
    expect(fresh).toMatchObject({
      isActive: true,
      rateLimitCount: 500,
      rateLimitWindowSeconds: 60,
    });
    const project = await api.projects.get({ orgSlug, projectSlug });
    expect(project.keys.map((key) => [key.id, key.isActive])).toEqual([
      [keyId, false],
      [fresh.id, true],
    ]);
    expect(project.dsn).toBe(fresh.dsn);
    const actions = await db.auditLog.findMany({
      where: { organizationId: orgId },
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(["project_key.rotate", "project_key.rate_limit"]),
    );
  });

  it("disable and enable; a project with no active key has no DSN", async () => {
    await api.projects.setKeyActive({ orgSlug, projectSlug, keyId, isActive: false });
    expect((await api.projects.list({ orgSlug }))[0]?.dsn).toBeNull();
    expect(
      await db.auditLog.count({ where: { organizationId: orgId, action: "project_key.disable" } }),
    ).toBe(1);
    await api.projects.setKeyActive({ orgSlug, projectSlug, keyId, isActive: true });
    expect((await api.projects.list({ orgSlug }))[0]?.dsn).toMatch(DSN);
  });

  it("rate limits are both set or both cleared", async () => {
    await expectTRPCError(
      api.projects.setKeyRateLimit({ orgSlug, projectSlug, keyId, count: 10, windowSeconds: null }),
      "BAD_REQUEST",
    );
    const cleared = await api.projects.setKeyRateLimit({
      orgSlug,
      projectSlug,
      keyId,
      count: null,
      windowSeconds: null,
    });
    expect(cleared).toMatchObject({ rateLimitCount: null, rateLimitWindowSeconds: null });
  });

  it("extra keys get their own DSN", async () => {
    const second = await api.projects.createKey({ orgSlug, projectSlug, label: "Browser" });
    expect(second).toMatchObject({ label: "Browser", isActive: true });
    expect(second.dsn).toMatch(DSN);
    expect((await api.projects.get({ orgSlug, projectSlug })).keys).toHaveLength(2);
  });
});

describe("teams", () => {
  it("group members and projects", async () => {
    const dev = await createTestUser({ name: "Dev" });
    await addMember(orgId, dev, "member");
    const { slug } = await api.teams.create({ orgSlug, name: "Payments" });
    const project = await api.projects.create({ orgSlug, name: "Billing" });
    await api.teams.addMember({ orgSlug, teamSlug: slug, userId: dev.user.id });
    await api.teams.addProject({ orgSlug, teamSlug: slug, projectSlug: project.slug });

    const team = await api.teams.get({ orgSlug, teamSlug: slug });
    expect(team).toMatchObject({
      slug: "payments",
      isMember: false,
      members: [{ userId: dev.user.id, name: "Dev", role: "member" }],
      projects: [{ slug: "billing" }],
    });
    expect(
      (await (await callerFor(dev)).teams.list({ orgSlug })).find((t) => t.slug === slug),
    ).toMatchObject({
      memberCount: 1,
      projectSlugs: ["billing"],
      isMember: true,
    });

    await api.teams.removeProject({ orgSlug, teamSlug: slug, projectSlug: project.slug });
    await api.teams.removeMember({ orgSlug, teamSlug: slug, userId: dev.user.id });
    await expectTRPCError(
      api.teams.removeMember({ orgSlug, teamSlug: slug, userId: dev.user.id }),
      "NOT_FOUND",
    );
    await api.teams.delete({ orgSlug, teamSlug: slug });
    expect((await api.teams.list({ orgSlug })).map((t) => t.slug)).toEqual([orgSlug]);
  });

  it("only take members of the organization", async () => {
    const stranger = await createTestUser();
    await expectTRPCError(
      api.teams.addMember({ orgSlug, teamSlug: orgSlug, userId: stranger.user.id }),
      "NOT_FOUND",
    );
  });
});

describe("operator services (CLI and launcher)", () => {
  it("ensureOrganization + ensureProject create once and then return the same project and DSN", async () => {
    const superuser = await createTestUser({ superuser: true });
    const slug = `ops-${uniqueSuffix()}`;
    const org = await ensureOrganization({ slug, ownerUserId: superuser.user.id });
    expect(await ensureOrganization({ slug })).toMatchObject({ id: org.id });
    const first = await ensureProject({
      orgSlug: slug,
      projectSlug: "web",
      platform: "javascript",
    });
    const again = await ensureProject({ orgSlug: slug, projectSlug: "web" });
    expect(again.project.id).toBe(first.project.id);
    expect(again.dsn).toBe(first.dsn);
    expect(first.dsn).toMatch(DSN);
    expect(await (await callerFor(superuser)).organizations.get({ orgSlug: slug })).toMatchObject({
      role: "owner",
      projectCount: 1,
    });
  });

  it("ensureProject makes a new key when every key is disabled", async () => {
    const slug = `ops-${uniqueSuffix()}`;
    await ensureOrganization({ slug, ownerUserId: owner.user.id });
    const first = await ensureProject({ orgSlug: slug, projectSlug: "web" });
    await db.projectKey.updateMany({
      where: { projectId: first.project.id },
      data: { isActive: false },
    });
    const again = await ensureProject({ orgSlug: slug, projectSlug: "web" });
    expect(again.dsn).not.toBe(first.dsn);
    expect(again.dsn).toMatch(DSN);
  });
});
