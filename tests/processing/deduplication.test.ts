import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, fixtureEvent, ingested } from "./helpers";

describe("the same event_id is stored and counted once", () => {
  it("within one batch", async () => {
    const project = await createTestProject();
    const job = ingested(project, fixtureEvent("node-capture-exception.envelope"));
    const result = await processEventBatch([job, { ...job }]);
    expect(result).toMatchObject({ stored: 1, duplicates: 1 });

    const issue = await db.issue.findUniqueOrThrow({ where: { id: result.newIssueIds[0] } });
    expect(issue.timesSeen).toBe(1);
    expect(await db.event.count({ where: { issueId: issue.id } })).toBe(1);
  });

  it("across batches, without touching counters, stats or tag counts again", async () => {
    const project = await createTestProject();
    const job = ingested(project, fixtureEvent("node-scope-data.envelope"));
    const first = await processEventBatch([job]);
    const issueId = first.newIssueIds[0];
    const tagsBefore = await db.issueTagValue.findMany({
      where: { issueId },
      orderBy: { key: "asc" },
    });

    const again = await processEventBatch([{ ...job, receivedAt: new Date().toISOString() }]);
    expect(again).toMatchObject({ stored: 0, duplicates: 1, newIssueIds: [] });

    const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({ timesSeen: 1, userCount: 1 });
    expect(await db.event.count({ where: { projectId: project.id } })).toBe(1);
    const stats = await db.issueStatsHourly.findMany({ where: { issueId } });
    expect(stats.map((s) => s.count)).toEqual([1]);
    expect(
      await db.issueTagValue.findMany({ where: { issueId }, orderBy: { key: "asc" } }),
    ).toEqual(tagsBefore);
  });

  it("the same event_id in two projects is two events", async () => {
    const [a, b] = [await createTestProject(), await createTestProject()];
    const payload = fixtureEvent("node-capture-message.envelope");
    const first = ingested(a, payload);
    const result = await processEventBatch([
      first,
      ingested(b, payload, { eventId: first.eventId }),
    ]);
    expect(result).toMatchObject({ stored: 2, duplicates: 0 });
    expect(result.newIssueIds).toHaveLength(2);
  });
});
