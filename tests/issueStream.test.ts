import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { issueIdsMatching } from "@/server/services/issueStream";
import { findMembership } from "@/server/services/organizations";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
} from "./setup/fixtures";
import { buildStreamWorld, DAY_MS, HOUR_MS, seedIssue, type StreamWorld } from "./issueStreamWorld";

let world: StreamWorld;

beforeEach(async () => {
  world = await buildStreamWorld();
});

async function list(input: Record<string, unknown> = {}) {
  const caller = await callerFor(world.owner);
  return caller.issues.list({ orgSlug: world.orgSlug, projects: "all", ...input });
}

async function titles(query: string, extra: Record<string, unknown> = {}) {
  const page = await list({ query, limit: 100, ...extra });
  return page.issues.map((issue) => issue.title).sort();
}

describe("issues.list", () => {
  it("lists unresolved issues by last seen, with project, assignee and a 24h graph", async () => {
    const now = Date.now();
    const currentHour = Math.floor(now / HOUR_MS) * HOUR_MS;
    const older = await seedIssue({
      projectId: world.web.id,
      title: "TypeError: cart is undefined",
      lastSeen: new Date(now - 3 * HOUR_MS),
      timesSeen: 12,
      userCount: 3,
      assigneeUserId: world.owner.user.id,
      hourly: [
        [new Date(currentHour - 2 * HOUR_MS), 5],
        [new Date(currentHour), 7],
        [new Date(currentHour - 30 * HOUR_MS), 100],
      ],
    });
    const newer = await seedIssue({
      projectId: world.api.id,
      title: "RangeError: too deep",
      lastSeen: new Date(now - HOUR_MS),
      assigneeTeamId: world.teamId,
    });
    await seedIssue({ projectId: world.web.id, title: "Resolved one", status: "resolved" });

    const page = await list();
    expect(page.total).toBe(2);
    expect(page.nextCursor).toBeNull();
    expect(page.issues.map((issue) => issue.id)).toEqual([newer.id, older.id]);
    const [first, second] = page.issues;
    expect(first?.assignee).toMatchObject({ type: "team", id: world.teamId });
    expect(first?.project).toEqual({
      id: world.api.id,
      slug: world.api.slug,
      name: "Api",
      platform: "javascript",
    });
    expect(second).toMatchObject({
      shortId: "WEB-1",
      status: "unresolved",
      count: 12,
      userCount: 3,
      metadata: { type: "Error", value: "TypeError: cart is undefined" },
      assignee: {
        type: "user",
        id: world.owner.user.id,
        name: "Ada Owner",
        email: world.owner.email,
      },
    });
    expect(second?.lastSeen).toBeInstanceOf(Date);
    expect(second?.stats).toHaveLength(24);
    expect(second?.stats.at(-1)).toBe(7);
    expect(second?.stats.at(-3)).toBe(5);
    expect(second?.stats.reduce((sum, count) => sum + count, 0)).toBe(12);

    const daily = await list({ statsPeriod: "14d" });
    const dailyStats = daily.issues.find((issue) => issue.id === older.id)?.stats;
    expect(dailyStats).toHaveLength(14);
    expect(dailyStats?.reduce((sum, count) => sum + count, 0)).toBe(112);
  });

  it("applies each filter of the search syntax", async () => {
    const now = Date.now();
    const release = await db.release.create({
      data: { organizationId: world.orgId, version: `web@2.${uniqueSuffix()}` },
    });
    const other = await createTestUser({ email: `Bob-${uniqueSuffix()}@example.test` });
    await addMember(world.orgId, other, "member");
    await seedIssue({
      projectId: world.web.id,
      title: "A fatal crash",
      level: "fatal",
      timesSeen: 500,
      userCount: 40,
      firstSeen: new Date(now - 2 * HOUR_MS),
      lastSeen: new Date(now - 10 * 60_000),
      tags: [
        ["browser", "Chrome 120"],
        ["environment", "production"],
        ["release", "web@1.0"],
        ["user", "email:jane@example.test"],
      ],
      assigneeUserId: world.owner.user.id,
      firstReleaseId: release.id,
    });
    await seedIssue({
      projectId: world.web.id,
      title: "B warning",
      level: "warning",
      timesSeen: 5,
      culprit: "checkout/submit.ts",
      firstSeen: new Date(now - 20 * DAY_MS),
      lastSeen: new Date(now - 5 * HOUR_MS),
      tags: [
        ["browser", "Firefox 121"],
        ["environment", "staging"],
      ],
      assigneeUserId: other.user.id,
      isReviewed: true,
    });
    await seedIssue({
      projectId: world.api.id,
      title: "C error",
      message: "connection refused by db-1",
      timesSeen: 50,
      userCount: 2,
      firstSeen: new Date(now - 3 * DAY_MS),
      lastSeen: new Date(now - 2 * DAY_MS),
      tags: [["environment", "production"]],
      assigneeTeamId: world.teamId,
    });
    await seedIssue({ projectId: world.api.id, title: "D ignored", status: "ignored" });

    expect(await titles("is:unresolved")).toEqual(["A fatal crash", "B warning", "C error"]);
    expect(await titles("")).toEqual(["A fatal crash", "B warning", "C error", "D ignored"]);
    expect(await titles("is:archived")).toEqual(["D ignored"]);
    expect(await titles("!is:unresolved")).toEqual(["D ignored"]);
    expect(await titles("level:fatal")).toEqual(["A fatal crash"]);
    expect(await titles("level:[warning,fatal]")).toEqual(["A fatal crash", "B warning"]);
    expect(await titles("is:unresolved !level:fatal")).toEqual(["B warning", "C error"]);
    expect(await titles('browser:"Chrome 120"')).toEqual(["A fatal crash"]);
    expect(await titles("browser:Fire*")).toEqual(["B warning"]);
    expect(await titles("is:unresolved !browser:Chrome*")).toEqual(["B warning", "C error"]);
    expect(await titles("has:browser")).toEqual(["A fatal crash", "B warning"]);
    expect(await titles("is:unresolved !has:browser")).toEqual(["C error"]);
    expect(await titles("environment:production")).toEqual(["A fatal crash", "C error"]);
    expect(await titles("release:web@1.0")).toEqual(["A fatal crash"]);
    expect(await titles(`first-release:${release.version}`)).toEqual(["A fatal crash"]);
    expect(await titles("user.email:jane@example.test")).toEqual(["A fatal crash"]);
    expect(await titles("assigned:me")).toEqual(["A fatal crash"]);
    expect(await titles(`assigned:${other.email.toUpperCase()}`)).toEqual(["B warning"]);
    expect(
      await titles(
        `assigned_to:#${(await db.team.findUniqueOrThrow({ where: { id: world.teamId } })).slug}`,
      ),
    ).toEqual(["C error"]);
    expect(await titles("assigned:my_teams")).toEqual(["C error"]);
    expect(await titles("assigned:[me,none]")).toEqual(["A fatal crash", "D ignored"]);
    expect(await titles("is:unresolved !assigned:me")).toEqual(["B warning", "C error"]);
    expect(await titles("is:unassigned")).toEqual(["D ignored"]);
    expect(await titles("is:unresolved is:assigned")).toEqual([
      "A fatal crash",
      "B warning",
      "C error",
    ]);
    expect(await titles("is:reviewed")).toEqual(["B warning"]);
    expect(await titles("is:unresolved is:unreviewed")).toEqual(["A fatal crash", "C error"]);
    expect(await titles("is:for_review")).toEqual(["A fatal crash", "C error"]);
    expect(await titles("times_seen:>50")).toEqual(["A fatal crash"]);
    expect(await titles("times_seen:>=50")).toEqual(["A fatal crash", "C error"]);
    expect(await titles("times_seen:5")).toEqual(["B warning"]);
    expect(await titles("users:>10")).toEqual(["A fatal crash"]);
    expect(await titles("age:-24h")).toEqual(["A fatal crash"]);
    expect(await titles("is:unresolved age:+7d")).toEqual(["B warning"]);
    expect(await titles("lastSeen:-1h")).toEqual(["A fatal crash"]);
    expect(await titles("last_seen:+1d")).toEqual(["C error"]);
    expect(await titles("submit.ts")).toEqual(["B warning"]);
    expect(await titles("REFUSED by")).toEqual(["C error"]);
    expect(await titles('"fatal crash"')).toEqual(["A fatal crash"]);
    expect(await titles("is:unresolved level:error connection")).toEqual(["C error"]);
    expect(await titles("browser:chrome*")).toEqual([]);
  });

  it("narrows by environment, period and project, and sorts by first seen, events and users", async () => {
    const now = Date.now();
    const a = await seedIssue({
      projectId: world.web.id,
      title: "A",
      timesSeen: 3,
      userCount: 30,
      firstSeen: new Date(now - 10 * DAY_MS),
      lastSeen: new Date(now - HOUR_MS),
      tags: [["environment", "production"]],
    });
    const b = await seedIssue({
      projectId: world.web.id,
      title: "B",
      timesSeen: 300,
      userCount: 1,
      firstSeen: new Date(now - 5 * DAY_MS),
      lastSeen: new Date(now - 3 * DAY_MS),
      tags: [["environment", "staging"]],
    });
    const c = await seedIssue({
      projectId: world.api.id,
      title: "C",
      timesSeen: 30,
      userCount: 3,
      firstSeen: new Date(now - 20 * DAY_MS),
      lastSeen: new Date(now - 20 * DAY_MS),
    });

    const ids = async (input: Record<string, unknown>) =>
      (await list({ limit: 100, ...input })).issues.map((issue) => issue.id);
    expect(await ids({})).toEqual([a.id, b.id]);
    expect(await ids({ period: "30d" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ period: "24h" })).toEqual([a.id]);
    expect(
      await ids({
        period: { start: new Date(now - 25 * DAY_MS), end: new Date(now - 6 * DAY_MS) },
      }),
    ).toEqual([a.id, c.id]);
    expect(await ids({ environment: "staging" })).toEqual([b.id]);
    expect(await ids({ projects: [world.api.slug], period: "30d" })).toEqual([c.id]);
    expect(await ids({ sort: "new", period: "30d" })).toEqual([b.id, a.id, c.id]);
    expect(await ids({ sort: "freq", period: "30d" })).toEqual([b.id, c.id, a.id]);
    expect(await ids({ sort: "user", period: "30d" })).toEqual([a.id, c.id, b.id]);
  });

  it("answers BAD_REQUEST with the parser's reason for a query it cannot read", async () => {
    const error = await expectTRPCError(list({ query: "is:bogus" }), "BAD_REQUEST");
    expect(error.message).toContain('Unknown is: value "bogus"');
    const comparison = await expectTRPCError(list({ query: "times_seen:>lots" }), "BAD_REQUEST");
    expect(comparison.message).toContain("times_seen");
    await expectTRPCError(list({ query: 'title:"unclosed' }), "BAD_REQUEST");
  });

  it("pages with a cursor and reports the total", async () => {
    const now = Date.now();
    const seeded = [];
    for (let index = 0; index < 7; index++) {
      seeded.push(
        await seedIssue({
          projectId: world.web.id,
          lastSeen: new Date(now - (index + 1) * 60_000),
        }),
      );
    }
    const first = await list({ limit: 3 });
    expect(first.total).toBe(7);
    expect(first.nextCursor).not.toBeNull();
    const second = await list({ limit: 3, cursor: first.nextCursor });
    const third = await list({ limit: 3, cursor: second.nextCursor });
    expect(third.nextCursor).toBeNull();
    expect([...first.issues, ...second.issues, ...third.issues].map((issue) => issue.id)).toEqual(
      seeded.map((issue) => issue.id),
    );
    const error = await expectTRPCError(
      list({ limit: 3, cursor: first.nextCursor, query: "" }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("another search");
    await expectTRPCError(list({ cursor: "nonsense" }), "BAD_REQUEST");
  });
});

describe("projects of the stream", () => {
  it('"my" means the projects of my teams, or all when my teams have none', async () => {
    const web = await seedIssue({ projectId: world.web.id });
    const api = await seedIssue({ projectId: world.api.id });
    const caller = await callerFor(world.owner);
    const mine = async () =>
      (await caller.issues.list({ orgSlug: world.orgSlug })).issues.map((issue) => issue.id).sort();
    expect(await mine()).toEqual([web.id, api.id].sort());
    await db.projectTeam.create({ data: { projectId: world.api.id, teamId: world.teamId } });
    expect(await mine()).toEqual([api.id]);
  });

  it("refuses project slugs of another organization and members of other organizations", async () => {
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
    await seedIssue({ projectId: world.web.id });
    await expectTRPCError(list({ projects: [theirs.slug] }), "NOT_FOUND");
    await expectTRPCError(list({ projects: [world.web.slug, "missing"] }), "NOT_FOUND");

    const outsiderCaller = await callerFor(outsider);
    const calls = [
      () => outsiderCaller.issues.list({ orgSlug: world.orgSlug, projects: "all" }),
      () => outsiderCaller.issues.changesSince({ orgSlug: world.orgSlug, since: new Date(0) }),
      () => outsiderCaller.issues.searchKeys({ orgSlug: world.orgSlug, projects: "all" }),
      () =>
        outsiderCaller.issues.searchValues({
          orgSlug: world.orgSlug,
          projects: "all",
          key: "browser",
        }),
    ];
    for (const call of calls) {
      await expectTRPCError(call(), "NOT_FOUND");
    }
  });
});

describe("issues.changesSince", () => {
  it("counts matching issues first seen and updated after a moment", async () => {
    const now = Date.now();
    const since = new Date(now - 30 * 60_000);
    await seedIssue({
      projectId: world.web.id,
      firstSeen: new Date(now - 60_000),
      lastSeen: new Date(now - 60_000),
    });
    await seedIssue({
      projectId: world.web.id,
      firstSeen: new Date(now - DAY_MS),
      lastSeen: new Date(now - 60_000),
    });
    await seedIssue({
      projectId: world.web.id,
      firstSeen: new Date(now - DAY_MS),
      lastSeen: new Date(now - 2 * HOUR_MS),
    });
    await seedIssue({
      projectId: world.web.id,
      status: "resolved",
      lastSeen: new Date(now - 60_000),
    });
    const caller = await callerFor(world.owner);
    expect(
      await caller.issues.changesSince({ orgSlug: world.orgSlug, projects: "all", since }),
    ).toEqual({
      newIssues: 1,
      updatedIssues: 1,
    });
  });
});

describe("autocomplete", () => {
  it("suggests built-in keys, the projects' tag keys and their most seen values", async () => {
    await seedIssue({
      projectId: world.web.id,
      tags: [
        ["browser", "Chrome"],
        ["environment", "production"],
      ],
    });
    await seedIssue({
      projectId: world.web.id,
      tags: [
        ["browser", "Chrome"],
        ["os", "Linux"],
      ],
    });
    await seedIssue({
      projectId: world.api.id,
      tags: [
        ["browser", "Firefox"],
        ["user", "email:a@b.test"],
      ],
    });
    const caller = await callerFor(world.owner);
    const keys = await caller.issues.searchKeys({
      orgSlug: world.orgSlug,
      projects: [world.web.slug],
    });
    expect(keys.filter((key) => key.kind === "builtin").map((key) => key.key)).toContain("is");
    expect(
      keys
        .filter((key) => key.kind === "tag")
        .map((key) => key.key)
        .sort(),
    ).toEqual(["browser", "os"]);

    const values = (key: string, prefix = "") =>
      caller.issues.searchValues({ orgSlug: world.orgSlug, projects: "all", key, prefix });
    expect(await values("browser")).toEqual(["Chrome", "Firefox"]);
    expect(await values("browser", "fi")).toEqual(["Firefox"]);
    expect(await values("is", "un")).toEqual(["unresolved", "unreviewed", "unassigned"]);
    expect(await values("user.email")).toEqual(["a@b.test"]);
    await db.environment.createMany({
      data: [
        { projectId: world.web.id, name: "production" },
        { projectId: world.api.id, name: "production" },
        { projectId: world.api.id, name: "preview" },
        { projectId: world.api.id, name: "private", isHidden: true },
      ],
    });
    expect(await values("environment")).toEqual(["preview", "production"]);
    expect(await values("environment", "PRO")).toEqual(["production"]);
    const release = await db.release.create({
      data: { organizationId: world.orgId, version: `web@3.${uniqueSuffix()}` },
    });
    await db.releaseProject.create({ data: { releaseId: release.id, projectId: world.web.id } });
    expect(await values("release", "web@")).toEqual([release.version]);
    expect(await values("first-release", "nothing")).toEqual([]);
    expect(await values("assigned")).toEqual(
      expect.arrayContaining(["me", "none", world.owner.email]),
    );
  });
});

describe("issueIdsMatching", () => {
  it("returns every matching id for bulk actions", async () => {
    const a = await seedIssue({ projectId: world.web.id, level: "fatal" });
    await seedIssue({ projectId: world.web.id, level: "error" });
    const found = await findMembership(world.orgSlug, world.owner.user.id);
    if (found === null) throw new Error("owner is not a member");
    const access = { ...found, role: "owner" as const, actor: { userId: world.owner.user.id } };
    expect(
      await issueIdsMatching(access, {
        query: "level:fatal",
        projects: "all",
        period: "14d",
        sort: "date",
      }),
    ).toEqual([a.id]);
  });
});
