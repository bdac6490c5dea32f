import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { holdIssues } from "@/server/data/issues";
import { inSqlTransaction, TransactionConflict } from "@/server/data/sql";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, ingested, type TestProject } from "./helpers";

/**
 * Event, IssueTagValue, IssueUser and IssueStatsHourly have no foreign key on Issue (migration
 * 20261123175253_issue_children_without_row_checks): a trigger deletes them with their issue, and
 * the batch locks its issues itself.
 */
async function issueWithEvents(project: TestProject, fingerprint: string): Promise<number> {
  const result = await processEventBatch(
    ["u1", "u2"].map((user) =>
      ingested(project, {
        message: `Checkout failed ${fingerprint}`,
        fingerprint: [fingerprint],
        user: { id: user },
        tags: { shard: user },
      }),
    ),
  );
  const [issueId] = result.newIssueIds;
  if (issueId === undefined) throw new Error("no issue created");
  return issueId;
}

async function rowsOf(issueId: number) {
  const where = { where: { issueId } };
  return {
    events: await db.event.count(where),
    tagValues: await db.issueTagValue.count(where),
    users: await db.issueUser.count(where),
    hours: await db.issueStatsHourly.count(where),
  };
}

describe("an issue's rows without foreign keys", () => {
  it("deleting issues deletes their events, tag counts, users and hourly stats, and nothing else", async () => {
    const project = await createTestProject();
    const gone = await issueWithEvents(project, "gone-a");
    const goneToo = await issueWithEvents(project, "gone-b");
    const kept = await issueWithEvents(project, "kept");
    const before = await rowsOf(kept);
    expect(before).toMatchObject({ events: 2, users: 2, hours: 1 });
    expect(before.tagValues).toBeGreaterThan(2);

    await db.issue.deleteMany({ where: { id: { in: [gone, goneToo] } } });

    for (const issueId of [gone, goneToo]) {
      expect(await rowsOf(issueId)).toEqual({ events: 0, tagValues: 0, users: 0, hours: 0 });
    }
    expect(await rowsOf(kept)).toEqual(before);
  });

  it("deleting the project deletes them too", async () => {
    const project = await createTestProject();
    const issueId = await issueWithEvents(project, "project-gone");
    await db.project.delete({ where: { id: project.id } });
    expect(await rowsOf(issueId)).toEqual({ events: 0, tagValues: 0, users: 0, hours: 0 });
  });

  it("a batch holding an issue that no longer exists is retried, then fails", async () => {
    const project = await createTestProject();
    const issueId = await issueWithEvents(project, "deleted-meanwhile");
    await db.issue.delete({ where: { id: issueId } });
    let attempts = 0;
    const holding = inSqlTransaction(async (tx) => {
      attempts += 1;
      await holdIssues(tx, [issueId]);
    });
    await expect(holding).rejects.toBeInstanceOf(TransactionConflict);
    expect(attempts).toBe(3);
  });
});
