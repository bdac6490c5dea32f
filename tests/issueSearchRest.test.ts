import { beforeEach, describe, expect, it } from "vitest";
import { GET as listOrgIssues } from "@/app/api/0/organizations/[org]/issues/route";
import { GET as listProjectIssues } from "@/app/api/0/projects/[org]/[project]/issues/route";
import { db } from "@/server/db/client";
import { createApiToken } from "@/server/services/tokens";
import { createTestOrg, createTestUser, uniqueSuffix } from "./setup/fixtures";
import { buildStreamWorld, HOUR_MS, seedIssue, type StreamWorld } from "./issueStreamWorld";

let world: StreamWorld;
let token: string;

beforeEach(async () => {
  world = await buildStreamWorld();
  ({ token } = await createApiToken({ userId: world.owner.user.id, name: "read", scope: "read" }));
});

function orgIssues(search: string, org = world.orgSlug, bearer = token) {
  const request = new Request(`http://localhost:3000/api/0/organizations/${org}/issues/${search}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  return listOrgIssues(request, { params: Promise.resolve({ org }) });
}

function projectIssues(search: string, project = world.web.slug) {
  const request = new Request(
    `http://localhost:3000/api/0/projects/${world.orgSlug}/${project}/issues/${search}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  return listProjectIssues(request, { params: Promise.resolve({ org: world.orgSlug, project }) });
}

async function titlesOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as Array<{ title: string }>).map((issue) => issue.title);
}

describe("GET /api/0/organizations/{org}/issues/", () => {
  beforeEach(async () => {
    const now = Date.now();
    await seedIssue({
      projectId: world.web.id,
      title: "web fatal",
      level: "fatal",
      lastSeen: new Date(now - HOUR_MS),
    });
    await seedIssue({
      projectId: world.api.id,
      title: "api error",
      lastSeen: new Date(now - 2 * HOUR_MS),
    });
    await seedIssue({
      projectId: world.api.id,
      title: "api resolved",
      status: "resolved",
      lastSeen: new Date(now - 3 * HOUR_MS),
    });
  });

  it("lists every project's unresolved issues without a query, every status with an empty one", async () => {
    expect(await titlesOf(await orgIssues(""))).toEqual(["web fatal", "api error"]);
    expect(await titlesOf(await orgIssues("?query="))).toEqual([
      "web fatal",
      "api error",
      "api resolved",
    ]);
    expect(await titlesOf(await orgIssues("?query=is:resolved"))).toEqual(["api resolved"]);
  });

  it("narrows to project ids and reads the search syntax", async () => {
    expect(await titlesOf(await orgIssues(`?project=${world.api.id}&query=`))).toEqual([
      "api error",
      "api resolved",
    ]);
    expect(
      await titlesOf(
        await orgIssues(`?project=${world.api.id}&project=${world.web.id}&query=level:fatal`),
      ),
    ).toEqual(["web fatal"]);
    expect(await titlesOf(await orgIssues("?project=-1"))).toEqual(["web fatal", "api error"]);
  });

  it("pages with Sentry's Link header", async () => {
    const first = await orgIssues("?limit=1");
    expect(await titlesOf(first)).toEqual(["web fatal"]);
    const link = first.headers.get("link") ?? "";
    const next = /rel="next"; results="true"; cursor="([^"]+)"/.exec(link)?.[1];
    expect(next).toBeDefined();
    const second = await orgIssues(`?limit=1&cursor=${encodeURIComponent(next ?? "")}`);
    expect(await titlesOf(second)).toEqual(["api error"]);
    expect(second.headers.get("link")).toContain('rel="next"; results="false"');
  });

  it("answers 400 with the reason for a bad query, sort, period or project id", async () => {
    const bad = await orgIssues("?query=is:nope");
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toContain('Unknown is: value "nope"');
    expect((await orgIssues("?sort=trends")).status).toBe(400);
    expect((await orgIssues("?statsPeriod=9y")).status).toBe(400);
    expect((await orgIssues("?project=web")).status).toBe(400);
    expect((await projectIssues("?query=times_seen:>x")).status).toBe(400);
  });

  it("answers 404 for another organization's project ids and for outsiders", async () => {
    const outsider = await createTestUser();
    const otherOrg = await createTestOrg(outsider);
    const theirs = await db.project.create({
      data: {
        organizationId: otherOrg.id,
        name: "Theirs",
        slug: `theirs-${uniqueSuffix()}`,
        shortIdPrefix: "T",
      },
    });
    expect((await orgIssues(`?project=${theirs.id}`)).status).toBe(404);
    const outsiderToken = (
      await createApiToken({ userId: outsider.user.id, name: "theirs", scope: "read" })
    ).token;
    expect((await orgIssues("", world.orgSlug, outsiderToken)).status).toBe(404);
  });
});

describe("GET /api/0/projects/{org}/{project}/issues/ with the search syntax", () => {
  it("filters one project's issues by tag and free text", async () => {
    await seedIssue({
      projectId: world.web.id,
      title: "TypeError: a",
      tags: [["browser", "Chrome"]],
    });
    await seedIssue({
      projectId: world.web.id,
      title: "RangeError: b",
      tags: [["browser", "Safari"]],
    });
    await seedIssue({
      projectId: world.api.id,
      title: "TypeError: c",
      tags: [["browser", "Chrome"]],
    });
    expect(await titlesOf(await projectIssues("?query=browser:Chrome"))).toEqual(["TypeError: a"]);
    expect(await titlesOf(await projectIssues("?query=rangeerror"))).toEqual(["RangeError: b"]);
  });
});
