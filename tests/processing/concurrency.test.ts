import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import type { IngestedEvent } from "@/server/processing/types";
import { createTestProject, ingested, type TestProject } from "./helpers";

function batch(project: TestProject, fingerprint: string, users: string[]): IngestedEvent[] {
  return users.map((user, index) =>
    ingested(project, {
      message: `Payment ${index} declined`,
      fingerprint: [fingerprint],
      user: { id: user },
      tags: { shard: String(index % 3) },
      release: "api@3.1.0",
    }),
  );
}

/**
 * A project whose environment and release rows exist already: a batch that creates one of those
 * holds its new row until commit, which would make the next batch wait and hide the race on the
 * issue itself.
 */
async function warmProject(): Promise<TestProject> {
  const project = await createTestProject();
  await processEventBatch(batch(project, "warm-up", ["w"]));
  return project;
}

describe("two workers on the same new issue at once", () => {
  it.each([1, 2, 3])("round %i: one issue, exact counts", async () => {
    const project = await warmProject();
    const fingerprint = `checkout-${Math.random()}`;
    // 30 + 30 events, users u0..u39: u10..u29 appear in both batches.
    const first = batch(
      project,
      fingerprint,
      Array.from({ length: 30 }, (_, i) => `u${i}`),
    );
    const second = batch(
      project,
      fingerprint,
      Array.from({ length: 30 }, (_, i) => `u${i + 10}`),
    );

    const results = await Promise.all([processEventBatch(first), processEventBatch(second)]);
    expect(results.map((r) => r.stored)).toEqual([30, 30]);
    expect(results.flatMap((r) => r.newIssueIds)).toHaveLength(1);

    const issues = await db.issue.findMany({
      where: { projectId: project.id, title: { startsWith: "Payment" } },
    });
    expect(issues.length).toBe(2);
    const issue = issues.find((candidate) => candidate.shortIdNumber === 2)!;
    expect(issue).toMatchObject({ timesSeen: 60, userCount: 40 });
    expect(await db.issueUser.count({ where: { issueId: issue.id } })).toBe(40);
    expect(await db.event.count({ where: { issueId: issue.id } })).toBe(60);
    const stats = await db.issueStatsHourly.aggregate({
      where: { issueId: issue.id },
      _sum: { count: true },
    });
    expect(stats._sum.count).toBe(60);
    const shards = await db.issueTagValue.findMany({
      where: { issueId: issue.id, key: "shard" },
      orderBy: { value: "asc" },
    });
    expect(shards.map((s) => [s.value, s.timesSeen])).toEqual([
      ["0", 20],
      ["1", 20],
      ["2", 20],
    ]);
    expect(await db.issueHash.count({ where: { issueId: issue.id } })).toBe(1);
    expect(await db.activity.count({ where: { issueId: issue.id, type: "first_seen" } })).toBe(1);
    const release = await db.releaseProject.findFirstOrThrow({ where: { projectId: project.id } });
    expect(release.newIssuesCount).toBe(2);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).issueCounter).toBe(
      2,
    );
  });

  it("the same event delivered to both workers is stored once", async () => {
    const project = await warmProject();
    const [shared] = batch(project, `dup-${Math.random()}`, ["u1"]);
    const results = await Promise.all([
      processEventBatch([shared!]),
      processEventBatch([{ ...shared! }]),
    ]);
    expect(results.map((r) => r.stored).sort()).toEqual([0, 1]);
    const issue = await db.issue.findFirstOrThrow({
      where: { projectId: project.id, shortIdNumber: 2 },
    });
    expect(issue).toMatchObject({ timesSeen: 1, userCount: 1 });
  });

  it("batches crossing several issues in opposite orders do not deadlock", async () => {
    const project = await warmProject();
    const fingerprints = ["a", "b", "c", "d"].map((f) => `${f}-${Math.random()}`);
    const events = (order: string[]) =>
      order.flatMap((fingerprint) => batch(project, fingerprint, ["x", "y"]));
    const results = await Promise.all([
      processEventBatch(events(fingerprints)),
      processEventBatch(events([...fingerprints].reverse())),
      processEventBatch(events(fingerprints)),
    ]);
    expect(results.map((r) => r.stored)).toEqual([8, 8, 8]);
    const issues = await db.issue.findMany({
      where: { projectId: project.id, shortIdNumber: { gt: 1 } },
    });
    expect(issues.map((i) => [i.timesSeen, i.userCount])).toEqual([
      [6, 2],
      [6, 2],
      [6, 2],
      [6, 2],
    ]);
    expect(issues.map((i) => i.shortIdNumber).sort()).toEqual([2, 3, 4, 5]);
  });
});
