import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import {
  buildActionsWorld,
  createProject,
  fingerprintEvent,
  ingestIssue,
  type ActionsWorld,
} from "./issueActionsWorld";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
} from "./setup/fixtures";

let world: ActionsWorld;

beforeEach(async () => {
  world = await buildActionsWorld();
});

const fingerprint = () => `fp-${uniqueSuffix()}`;
const issueRow = (id: number) => db.issue.findUniqueOrThrow({ where: { id } });
const activities = (issueId: number) =>
  db.activity.findMany({ where: { issueId, type: { not: "first_seen" } }, orderBy: { id: "asc" } });

describe("issueActions.update: status", () => {
  it("resolves with a time and an activity carrying the actor; resolving again changes nothing", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const orgSlug = world.org.slug;

    const first = await world.api.issueActions.update({
      orgSlug,
      target: { ids: [a, b] },
      change: { status: "resolved" },
    });
    expect(first).toEqual({ updated: 2, matched: 2 });
    const resolved = await issueRow(a);
    expect(resolved.status).toBe("resolved");
    expect(resolved.resolvedAt).toBeInstanceOf(Date);
    expect(await activities(a)).toMatchObject([
      { type: "set_resolved", userId: world.owner.user.id },
    ]);

    const again = await world.api.issueActions.update({
      orgSlug,
      target: { ids: [a] },
      change: { status: "resolved" },
    });
    expect(again).toEqual({ updated: 0, matched: 1 });
    expect(await activities(a)).toHaveLength(1);

    await world.api.issueActions.update({
      orgSlug,
      target: { ids: [a] },
      change: { status: "unresolved" },
    });
    expect(await issueRow(a)).toMatchObject({
      status: "unresolved",
      substatus: "ongoing",
      resolvedAt: null,
    });
    expect((await activities(a)).map((row) => row.type)).toEqual([
      "set_resolved",
      "set_unresolved",
    ]);
  });

  it("ignores forever, for a while, or with its condition recorded in the activity", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const orgSlug = world.org.slug;
    await world.api.issueActions.update({
      orgSlug,
      target: { ids: [a] },
      change: { status: "ignored", ignore: { kind: "forever" } },
    });
    expect(await issueRow(a)).toMatchObject({ status: "ignored", substatus: "archived_forever" });

    const before = Date.now();
    await world.api.issueActions.update({
      orgSlug,
      target: { ids: [a] },
      change: { status: "ignored", ignore: { kind: "duration", minutes: 120 } },
    });
    const snoozed = await issueRow(a);
    expect(snoozed.substatus).toBe("archived_until_condition_met");
    const until = Date.parse((snoozed.statusDetails as { ignoreUntil: string }).ignoreUntil);
    expect(until - before).toBeGreaterThanOrEqual(120 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(120 * 60_000);

    const rows = await activities(a);
    expect(rows.map((row) => row.type)).toEqual(["set_ignored", "set_ignored"]);
    expect(rows[1]?.data).toMatchObject({ ignoreDuration: 120 });
    expect(rows.every((row) => row.userId === world.owner.user.id)).toBe(true);
  });

  it("an issue ignored until 3 more events comes back through processing on the 3rd, not before", async () => {
    const fp = fingerprint();
    const issueId = await ingestIssue(world.project, fp, ["u1", "u2"]);
    await world.api.issueActions.update({
      orgSlug: world.org.slug,
      target: { ids: [issueId] },
      change: { status: "ignored", ignore: { kind: "count", count: 3 } },
    });
    expect((await issueRow(issueId)).statusDetails).toEqual({
      ignoreCount: 3,
      timesSeenAtIgnore: 2,
    });

    await processEventBatch([
      fingerprintEvent(world.project, fp),
      fingerprintEvent(world.project, fp),
    ]);
    expect(await issueRow(issueId)).toMatchObject({ status: "ignored", timesSeen: 4 });

    const third = await processEventBatch([fingerprintEvent(world.project, fp)]);
    expect(third.unignoredIssueIds).toEqual([issueId]);
    expect(await issueRow(issueId)).toMatchObject({ status: "unresolved", timesSeen: 5 });
  });

  it("an issue ignored until 2 more users comes back when the second new user appears", async () => {
    const fp = fingerprint();
    const issueId = await ingestIssue(world.project, fp, ["u1", "u2"]);
    await world.api.issueActions.update({
      orgSlug: world.org.slug,
      target: { ids: [issueId] },
      change: { status: "ignored", ignore: { kind: "users", users: 2 } },
    });
    const event = (user: string) => fingerprintEvent(world.project, fp, { user });
    await processEventBatch([event("u1"), event("u2"), event("u3")]);
    expect((await issueRow(issueId)).status).toBe("ignored");
    await processEventBatch([event("u4")]);
    expect(await issueRow(issueId)).toMatchObject({ status: "unresolved", userCount: 4 });
  });
});

describe("issueActions.update: review and assignment", () => {
  it("marks reviewed and unreviewed, each once", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const orgSlug = world.org.slug;
    const review = (isReviewed: boolean) =>
      world.api.issueActions.update({ orgSlug, target: { ids: [a] }, change: { isReviewed } });
    expect(await review(true)).toMatchObject({ updated: 1 });
    expect(await review(true)).toMatchObject({ updated: 0 });
    expect((await issueRow(a)).isReviewed).toBe(true);
    await review(false);
    expect((await activities(a)).map((row) => row.type)).toEqual([
      "set_reviewed",
      "set_unreviewed",
    ]);
  });

  it("assigns to a member or a team of the organization, and unassigns", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const orgSlug = world.org.slug;
    const member = await createTestUser({ name: "Mia Member" });
    await addMember(world.org.id, member, "member");
    const team = await db.team.create({
      data: { organizationId: world.org.id, name: "Backend", slug: `backend-${uniqueSuffix()}` },
    });
    const assign = (assignee: { type: "user" | "team"; id: string } | null) =>
      world.api.issueActions.update({ orgSlug, target: { ids: [a] }, change: { assignee } });

    await assign({ type: "user", id: member.user.id });
    expect(await issueRow(a)).toMatchObject({
      assigneeUserId: member.user.id,
      assigneeTeamId: null,
    });
    await assign({ type: "team", id: team.id });
    expect(await issueRow(a)).toMatchObject({ assigneeUserId: null, assigneeTeamId: team.id });
    await assign(null);
    expect(await issueRow(a)).toMatchObject({ assigneeUserId: null, assigneeTeamId: null });

    expect((await activities(a)).map((row) => [row.type, row.data])).toEqual([
      [
        "assigned",
        {
          assigneeType: "user",
          assignee: member.user.id,
          assigneeName: "Mia Member",
          assigneeEmail: member.email,
        },
      ],
      ["assigned", { assigneeType: "team", assignee: team.id, assigneeName: "Backend" }],
      ["unassigned", {}],
    ]);
  });

  it("refuses an assignee outside the organization", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const stranger = await createTestUser();
    const otherOrg = await createTestOrg(stranger);
    const otherTeam = await db.team.create({
      data: { organizationId: otherOrg.id, name: "Theirs", slug: `theirs-${uniqueSuffix()}` },
    });
    for (const assignee of [
      { type: "user" as const, id: stranger.user.id },
      { type: "team" as const, id: otherTeam.id },
    ]) {
      await expectTRPCError(
        world.api.issueActions.update({
          orgSlug: world.org.slug,
          target: { ids: [a] },
          change: { assignee },
        }),
        "BAD_REQUEST",
      );
    }
    expect((await issueRow(a)).assigneeUserId).toBeNull();
  });

  it("lists the organization's members and teams as assignees", async () => {
    const member = await createTestUser({ name: "Mia Member" });
    await addMember(world.org.id, member, "member");
    await db.team.create({
      data: { organizationId: world.org.id, name: "Backend", slug: `backend-${uniqueSuffix()}` },
    });
    const stranger = await createTestUser({ name: "Stan Stranger" });
    await createTestOrg(stranger);

    const assignees = await world.api.issueActions.assignees({ orgSlug: world.org.slug });
    expect(assignees.users.map((user) => user.name)).toEqual(["Mia Member", "Olivia Owner"]);
    expect(assignees.teams.map((team) => team.name)).toContain("Backend");
    const otherTeams = await db.team.findMany({
      where: { organization: { memberships: { some: { userId: stranger.user.id } } } },
    });
    expect(otherTeams.length).toBeGreaterThan(0);
    expect(assignees.teams.map((team) => team.id)).not.toContain(otherTeams[0]?.id);
  });

  it("refuses a change that is not exactly one change", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    await expectTRPCError(
      world.api.issueActions.update({
        orgSlug: world.org.slug,
        target: { ids: [a] },
        change: { status: "resolved", isReviewed: true },
      }),
      "BAD_REQUEST",
    );
    expect((await issueRow(a)).status).toBe("unresolved");
  });
});

describe("issueActions: other organizations", () => {
  it("ignores ids of another organization's issues, and refuses when only those remain", async () => {
    const mine = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const other = await buildActionsWorld();
    const theirs = await ingestIssue(other.project, fingerprint(), ["u1"]);

    const result = await world.api.issueActions.update({
      orgSlug: world.org.slug,
      target: { ids: [mine, theirs] },
      change: { status: "resolved" },
    });
    expect(result).toEqual({ updated: 1, matched: 1 });
    expect((await issueRow(theirs)).status).toBe("unresolved");

    await expectTRPCError(
      world.api.issueActions.update({
        orgSlug: world.org.slug,
        target: { ids: [theirs] },
        change: { status: "resolved" },
      }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      world.api.issueActions.delete({ orgSlug: world.org.slug, target: { ids: [theirs] } }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [theirs, mine] }),
      "BAD_REQUEST",
    );
    expect(await db.issue.count({ where: { id: theirs } })).toBe(1);
  });

  it("a member of another organization gets NOT_FOUND for every action", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const outsider = await createTestUser();
    await createTestOrg(outsider);
    const api = await callerFor(outsider);
    const orgSlug = world.org.slug;
    await expectTRPCError(
      api.issueActions.update({ orgSlug, target: { ids: [a] }, change: { status: "resolved" } }),
      "NOT_FOUND",
    );
    await expectTRPCError(api.issueActions.delete({ orgSlug, target: { ids: [a] } }), "NOT_FOUND");
    await expectTRPCError(api.issueActions.merge({ orgSlug, ids: [a, a + 1] }), "NOT_FOUND");
    await expectTRPCError(api.issueActions.assignees({ orgSlug }), "NOT_FOUND");
    expect((await issueRow(a)).status).toBe("unresolved");
  });

  it("a plain member may resolve, assign and delete", async () => {
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const member = await createTestUser();
    await addMember(world.org.id, member, "member");
    const api = await callerFor(member);
    await api.issueActions.update({
      orgSlug: world.org.slug,
      target: { ids: [a] },
      change: { status: "resolved" },
    });
    expect(await activities(a)).toMatchObject([{ type: "set_resolved", userId: member.user.id }]);
    expect(
      await api.issueActions.delete({ orgSlug: world.org.slug, target: { ids: [a] } }),
    ).toEqual({
      deleted: 1,
    });
  });
});

describe("issueActions.delete", () => {
  it("deletes issues with their events, audits it, and a later event of the same hash starts a new issue", async () => {
    const fp = fingerprint();
    const issueId = await ingestIssue(world.project, fp, ["u1", "u2", "u3"]);
    const keep = await ingestIssue(world.project, fingerprint(), ["u1"]);

    expect(
      await world.api.issueActions.delete({ orgSlug: world.org.slug, target: { ids: [issueId] } }),
    ).toEqual({ deleted: 1 });
    expect(await db.issue.count({ where: { id: issueId } })).toBe(0);
    expect(await db.event.count({ where: { issueId } })).toBe(0);
    expect(await db.issueHash.count({ where: { issueId } })).toBe(0);
    expect(await db.issue.count({ where: { id: keep } })).toBe(1);
    const audit = await db.auditLog.findMany({
      where: { organizationId: world.org.id, action: "issue.delete" },
    });
    expect(audit).toMatchObject([
      {
        actorUserId: world.owner.user.id,
        targetType: "issue",
        targetId: String(issueId),
        data: { shortId: expect.stringMatching(/^WEB-/), project: world.project.slug },
      },
    ]);

    const again = await processEventBatch([fingerprintEvent(world.project, fp, { user: "u9" })]);
    expect(again.newIssueIds).toHaveLength(1);
    expect(again.newIssueIds[0]).not.toBe(issueId);
    expect(await issueRow(again.newIssueIds[0]!)).toMatchObject({ timesSeen: 1, userCount: 1 });
  });
});

describe("issueActions.update by query", () => {
  it("changes every issue the stream query matches, and only in the caller's organization", async () => {
    const project2 = await createProject(world.org.id);
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(project2, fingerprint(), ["u1"]);
    const other = await buildActionsWorld();
    const theirs = await ingestIssue(other.project, fingerprint(), ["u1"]);

    const result = await world.api.issueActions.update({
      orgSlug: world.org.slug,
      target: {
        query: { query: "is:unresolved", projects: "all", period: "14d", sort: "date" },
      },
      change: { isReviewed: true },
    });
    expect(result).toEqual({ updated: 2, matched: 2 });
    expect((await issueRow(a)).isReviewed).toBe(true);
    expect((await issueRow(b)).isReviewed).toBe(true);
    expect((await issueRow(theirs)).isReviewed).toBe(false);
  });
});
