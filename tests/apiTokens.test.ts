import { beforeEach, describe, expect, it } from "vitest";
import { GET as listOrganizations } from "@/app/api/0/organizations/route";
import { GET as listIssues } from "@/app/api/0/projects/[org]/[project]/issues/route";
import { restOrgAccess } from "@/server/auth/restAccess";
import { db } from "@/server/db/client";
import type { IssueStatus } from "@/server/db/generated/enums";
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
let orgSlug: string;
let orgId: string;
let projectSlug: string;
let projectId: number;

beforeEach(async () => {
  owner = await createTestUser();
  const org = await createTestOrg(owner);
  orgSlug = org.slug;
  orgId = org.id;
  projectSlug = `web-${uniqueSuffix()}`;
  projectId = (
    await (await callerFor(owner)).projects.create({ orgSlug, name: "Web", slug: projectSlug })
  ).id;
});

function issuesRequest(token: string | null, org = orgSlug, project = projectSlug, search = "") {
  const headers = token === null ? undefined : { authorization: `Bearer ${token}` };
  const request = new Request(
    `http://localhost:3000/api/0/projects/${org}/${project}/issues/${search}`,
    {
      headers,
    },
  );
  return listIssues(request, { params: Promise.resolve({ org, project }) });
}

async function tokenFor(
  user: TestUser,
  scope: "read" | "write" | "admin" = "read",
  tokenOrg?: string,
) {
  return (await callerFor(user)).tokens.create({
    name: `token ${uniqueSuffix()}`,
    scope,
    orgSlug: tokenOrg,
  });
}

async function createIssue(
  n: number,
  title: string,
  status: IssueStatus,
  lastSeenMinutesAgo: number,
) {
  const lastSeen = new Date(Date.now() - lastSeenMinutesAgo * 60_000);
  return db.issue.create({
    data: {
      projectId,
      shortIdNumber: n,
      title,
      culprit: "app/checkout.ts in submit",
      status,
      firstSeen: new Date(lastSeen.getTime() - 3_600_000),
      lastSeen,
      timesSeen: 7,
      userCount: 3,
      metadata: { type: "TypeError", value: title },
    },
  });
}

describe("API tokens", () => {
  it("are shown once, stored as a hash, listed by their last characters", async () => {
    const { token, id } = await tokenFor(owner, "write");
    expect(token).toMatch(/^flt_[0-9a-f]{64}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token.slice(4));
    expect(JSON.stringify(await (await callerFor(owner)).tokens.list())).not.toContain(token);
    expect(await (await callerFor(owner)).tokens.list()).toMatchObject([
      {
        id,
        scope: "write",
        organizationSlug: null,
        tokenLastChars: token.slice(-4),
        lastUsedAt: null,
      },
    ]);
    expect(
      await db.auditLog.count({ where: { organizationId: orgId, action: "api_token.create" } }),
    ).toBe(1);
  });

  it("cannot be limited to an organization the user is not in", async () => {
    const other = await createTestUser();
    const otherOrg = await createTestOrg(other);
    await expectTRPCError(
      (await callerFor(owner)).tokens.create({ name: "x", scope: "read", orgSlug: otherOrg.slug }),
      "NOT_FOUND",
    );
  });
});

describe("GET /api/0/projects/{org}/{project}/issues/", () => {
  it("answers a valid token with a JSON list, and records when the token was used", async () => {
    const { token, id } = await tokenFor(owner);
    const response = await issuesRequest(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("answers 401 without a token, with a made-up one, or with a revoked or expired one", async () => {
    expect((await issuesRequest(null)).status).toBe(401);
    expect((await issuesRequest(`flt_${"0".repeat(64)}`)).status).toBe(401);
    expect((await issuesRequest("not-even-a-token")).status).toBe(401);

    const revoked = await tokenFor(owner);
    await (await callerFor(owner)).tokens.revoke({ id: revoked.id });
    expect((await issuesRequest(revoked.token)).status).toBe(401);
    expect(
      await db.auditLog.count({ where: { organizationId: orgId, action: "api_token.revoke" } }),
    ).toBe(1);

    const expired = await tokenFor(owner);
    await db.apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await issuesRequest(expired.token);
    expect(response.status).toBe(401);
    expect(await response.json()).toHaveProperty("detail");
  });

  it("answers 404 for a token of someone outside the organization, or one limited to another organization", async () => {
    const outsider = await createTestUser();
    await createTestOrg(outsider);
    const { token } = await tokenFor(outsider, "admin");
    expect((await issuesRequest(token)).status).toBe(404);

    // A member of both organizations, with a token limited to the other one.
    const both = await createTestUser();
    await addMember(orgId, both, "admin");
    const elsewhere = await createTestOrg(both);
    const scoped = await tokenFor(both, "admin", elsewhere.slug);
    expect((await issuesRequest(scoped.token)).status).toBe(404);
    expect((await issuesRequest((await tokenFor(both)).token)).status).toBe(200);
  });

  it("answers 404 for a project of another organization, even by its own slug", async () => {
    const { token } = await tokenFor(owner);
    const other = await createTestUser();
    const otherOrg = await createTestOrg(other);
    const otherProject = `secret-${uniqueSuffix()}`;
    await (
      await callerFor(other)
    ).projects.create({ orgSlug: otherOrg.slug, name: "Secret", slug: otherProject });
    expect((await issuesRequest(token, orgSlug, otherProject)).status).toBe(404);
    expect((await issuesRequest(token, otherOrg.slug, otherProject)).status).toBe(404);
  });

  it("lists issues in Sentry's shape, newest first, unresolved unless the query says otherwise", async () => {
    const { token } = await tokenFor(owner);
    const older = await createIssue(1, "TypeError: cart is undefined", "unresolved", 30);
    await createIssue(2, "ReferenceError: user is not defined", "resolved", 10);
    const newer = await createIssue(46, "TypeError: price is NaN", "unresolved", 5);
    await createIssue(4, "RangeError: too deep", "ignored", 1);

    const body = await (await issuesRequest(token)).json();
    expect(body.map((issue: { id: string }) => issue.id)).toEqual([
      String(newer.id),
      String(older.id),
    ]);
    expect(body[0]).toEqual({
      id: String(newer.id),
      shortId: `${projectSlug.replace(/-/g, "").toUpperCase().slice(0, 8)}-1A`,
      title: "TypeError: price is NaN",
      culprit: "app/checkout.ts in submit",
      level: "error",
      type: "error",
      issueType: "error",
      issueCategory: "error",
      status: "unresolved",
      substatus: "new",
      statusDetails: {},
      count: "7",
      userCount: 3,
      firstSeen: new Date(newer.firstSeen).toISOString(),
      lastSeen: new Date(newer.lastSeen).toISOString(),
      metadata: { type: "TypeError", value: "TypeError: price is NaN" },
      isUnhandled: false,
      project: { id: String(projectId), slug: projectSlug, name: "Web" },
      permalink: `http://localhost:3000/${orgSlug}/issues/${newer.id}/`,
    });

    const titles = async (search: string) =>
      (await (await issuesRequest(token, orgSlug, projectSlug, search)).json()).map(
        (issue: { title: string }) => issue.title,
      );
    expect(await titles("?query=")).toHaveLength(4);
    expect(await titles("?query=is:resolved")).toEqual(["ReferenceError: user is not defined"]);
    expect(await titles("?query=is:ignored+is:resolved")).toHaveLength(2);
    expect(await titles("?query=typeerror")).toEqual([
      "TypeError: price is NaN",
      "TypeError: cart is undefined",
    ]);
    expect(await titles("?query=is:unresolved+cart")).toEqual(["TypeError: cart is undefined"]);
    expect(await titles("?query=&limit=1")).toEqual(["RangeError: too deep"]);
  });
});

describe("GET /api/0/organizations/", () => {
  it("lists the caller's organizations, or only the one a token is limited to", async () => {
    const second = await createTestOrg(owner, "Second");
    const all = await listOrganizations(
      new Request("http://localhost:3000/api/0/organizations/", {
        headers: { authorization: `Bearer ${(await tokenFor(owner)).token}` },
      }),
    );
    expect(all.status).toBe(200);
    const slugs = (await all.json()).map((org: { slug: string }) => org.slug);
    expect(slugs.sort()).toEqual([orgSlug, second.slug].sort());

    const limited = await listOrganizations(
      new Request("http://localhost:3000/api/0/organizations/", {
        headers: { authorization: `Bearer ${(await tokenFor(owner, "read", second.slug)).token}` },
      }),
    );
    expect(await limited.json()).toMatchObject([
      { slug: second.slug, name: "Second", status: { id: "active" } },
    ]);
    expect(
      (await listOrganizations(new Request("http://localhost:3000/api/0/organizations/"))).status,
    ).toBe(401);
  });
});

describe("token scopes", () => {
  it("refuse with 403 when a route needs more than the token grants", async () => {
    const read = await tokenFor(owner, "read");
    const admin = await tokenFor(owner, "admin");
    const request = (token: string) =>
      new Request("http://localhost:3000/api/0/", {
        headers: { authorization: `Bearer ${token}` },
      });
    const refused = await restOrgAccess(request(read.token), orgSlug, "write");
    expect(refused.ok ? 200 : refused.response.status).toBe(403);
    const allowed = await restOrgAccess(request(admin.token), orgSlug, "write");
    expect(allowed.ok && allowed.access.org.slug).toBe(orgSlug);
  });
});
