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
import { expectTRPCError, uniqueSuffix } from "./setup/fixtures";

let world: ActionsWorld;

beforeEach(async () => {
  world = await buildActionsWorld();
});

const fingerprint = () => `fp-${uniqueSuffix()}`;

/** What the merged issue must add up to: its rows, counted directly. */
async function storedTotals(issueId: number) {
  const [events, users, distinctEventUsers, stats, tags] = await Promise.all([
    db.event.count({ where: { issueId } }),
    db.issueUser.count({ where: { issueId } }),
    db.event.findMany({
      where: { issueId, userKey: { not: null } },
      distinct: ["userKey"],
      select: { userKey: true },
    }),
    db.issueStatsHourly.aggregate({ where: { issueId }, _sum: { count: true } }),
    db.issueTagValue.findMany({ where: { issueId, key: "shard" }, orderBy: { value: "asc" } }),
  ]);
  return {
    events,
    users,
    distinctEventUsers: distinctEventUsers.length,
    statsTotal: stats._sum.count ?? 0,
    shardCounts: Object.fromEntries(tags.map((tag) => [tag.value, tag.timesSeen])),
  };
}

describe("issueActions.merge", () => {
  it("folds the others into the issue with most events, with exact counts", async () => {
    const fpA = fingerprint();
    const fpB = fingerprint();
    const fpC = fingerprint();
    // A: 2 events (u1 u2), B: 4 events (u2 u3 u3 u4), C: 1 event (u1): B has most events.
    const a = await ingestIssue(world.project, fpA, ["u1", "u2"], { shard: "a" });
    const b = await ingestIssue(world.project, fpB, ["u2", "u3", "u3", "u4"], { shard: "b" });
    const c = await ingestIssue(world.project, fpC, ["u1"], { shard: "a" });
    await db.activity.create({
      data: {
        issueId: a,
        projectId: world.project.id,
        type: "note",
        data: { text: "seen on staging" },
      },
    });
    const firstSeenA = (await db.issue.findUniqueOrThrow({ where: { id: a } })).firstSeen;

    const result = await world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [a, b, c] });
    expect(result.primaryId).toBe(b);
    expect(result.mergedIds.sort()).toEqual([a, c].sort());
    expect(await db.issue.count({ where: { id: { in: [a, c] } } })).toBe(0);

    const primary = await db.issue.findUniqueOrThrow({ where: { id: b } });
    expect(primary).toMatchObject({ timesSeen: 7, userCount: 4, firstSeen: firstSeenA });
    expect(await storedTotals(b)).toEqual({
      events: 7,
      users: 4,
      distinctEventUsers: 4,
      statsTotal: 7,
      shardCounts: { a: 3, b: 4 },
    });
    expect(await db.issueHash.count({ where: { issueId: b } })).toBe(3);

    const history = await db.activity.findMany({ where: { issueId: b }, orderBy: { id: "asc" } });
    expect(history.filter((row) => row.type === "first_seen")).toHaveLength(3);
    expect(history.some((row) => row.type === "note")).toBe(true);
    const merge = history.find((row) => row.type === "merge");
    expect(merge).toMatchObject({ userId: world.owner.user.id });
    expect(
      (merge?.data as { issues: { id: number; shortId: string }[] }).issues.map((i) => i.id).sort(),
    ).toEqual([a, c].sort());

    // A later event of a merged-away issue's hash lands on the primary.
    const later = await processEventBatch([fingerprintEvent(world.project, fpA, { user: "u5" })]);
    expect(later.newIssueIds).toEqual([]);
    expect(await db.issue.findUniqueOrThrow({ where: { id: b } })).toMatchObject({
      timesSeen: 8,
      userCount: 5,
    });
  });

  it("refuses issues of different projects, and fewer than two", async () => {
    const other = await createProject(world.org.id);
    const a = await ingestIssue(world.project, fingerprint(), ["u1"]);
    const b = await ingestIssue(other, fingerprint(), ["u1"]);
    const error = await expectTRPCError(
      world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [a, b] }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("Only issues of the same project can be merged");
    await expectTRPCError(
      world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [a] }),
      "BAD_REQUEST",
    );
    await expectTRPCError(
      world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [a, a] }),
      "BAD_REQUEST",
    );
    expect(await db.issue.count({ where: { id: { in: [a, b] } } })).toBe(2);
  });
});

describe("merging while events keep arriving", () => {
  it.each([1, 2])("round %i: every event is counted once, on the primary", async () => {
    const fpA = fingerprint();
    const fpB = fingerprint();
    const a = await ingestIssue(world.project, fpA, ["w0"], { shard: "0" });
    const b = await ingestIssue(world.project, fpB, ["w1", "w2"], { shard: "1" });

    // Two writers, each sending batches with events of both issues, while the merge runs.
    let stop = false;
    let sent = 0;
    const writer = async (name: string) => {
      for (let round = 0; !stop || round < 3; round += 1) {
        const batch = Array.from({ length: 6 }, (_, index) =>
          fingerprintEvent(world.project, index % 2 === 0 ? fpA : fpB, {
            user: `${name}-${(round + index) % 7}`,
            tags: { shard: String(index % 3) },
          }),
        );
        // A batch that looked up a hash just before the merge moved it retries inside
        // persistEventBatch (server/data/transaction.ts); it must never fail here.
        const result = await processEventBatch(batch);
        sent += result.stored;
        if (round > 50) break;
      }
    };
    const writers = Promise.all([writer("x"), writer("y")]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const merged = await world.api.issueActions.merge({ orgSlug: world.org.slug, ids: [a, b] });
    stop = true;
    await writers;

    const primaryId = merged.primaryId;
    const remaining = await db.issue.findMany({
      where: { projectId: world.project.id, title: { contains: "Checkout failed" } },
    });
    expect(remaining.map((issue) => issue.id)).toEqual([primaryId]);
    const totals = await storedTotals(primaryId);
    const primary = remaining[0]!;
    expect(totals.events).toBe(3 + sent);
    expect(primary.timesSeen).toBe(totals.events);
    expect(totals.statsTotal).toBe(totals.events);
    expect(primary.userCount).toBe(totals.users);
    expect(totals.users).toBe(totals.distinctEventUsers);
    expect(Object.values(totals.shardCounts).reduce((sum, n) => sum + n, 0)).toBe(totals.events);
  });
});
