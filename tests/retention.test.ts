import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { persistEnvelopeItems } from "@/server/data/envelopeItems";
import { deleteExpiredEvents } from "@/server/data/retention";
import { processEventBatch } from "@/server/processing/pipeline";
import { runEventRetention } from "@/workers/retention";
import { createTestProject, ingested } from "./processing/helpers";

const DAY = 24 * 60 * 60 * 1000;

/** `count` events of one issue in a new project, then `old` of them moved to `oldAt`. */
async function seedEvents(count: number, old: number, oldAt: Date) {
  const project = await createTestProject();
  const events = Array.from({ length: count }, () =>
    ingested(project, { message: "Retention check", level: "error", fingerprint: ["retention"] }),
  );
  const result = await processEventBatch(events);
  expect(result.failed).toEqual([]);
  const stored = await db.event.findMany({
    where: { projectId: project.id },
    orderBy: { id: "asc" },
    select: { id: true, eventId: true, issueId: true },
  });
  expect(stored).toHaveLength(count);
  const oldRows = stored.slice(0, old);
  await db.event.updateMany({
    where: { id: { in: oldRows.map((row) => row.id) } },
    data: { receivedAt: oldAt },
  });
  return { project, issueId: stored[0]!.issueId, oldRows, stored };
}

const remaining = (projectId: number) => db.event.count({ where: { projectId } });

describe("event retention", () => {
  it("deletes old events and their attachments, keeps recent ones and lifetime issue counts", async () => {
    const oldAt = new Date("2001-03-01T00:00:00Z");
    const { project, issueId, oldRows, stored } = await seedEvents(8, 5, oldAt);
    const attachment = (eventId: string) => ({
      projectId: project.id,
      eventId,
      name: "log.txt",
      size: 3,
      data: Buffer.from("log"),
    });
    await db.eventAttachment.createMany({
      data: [attachment(oldRows[0]!.eventId), attachment(stored[7]!.eventId)],
    });

    const result = await deleteExpiredEvents({
      olderThan: new Date("2001-06-01T00:00:00Z"),
      batchSize: 2,
      maxBatches: 100,
    });

    expect(result).toEqual({ events: 5, attachments: 1, batches: 3, hasMore: false });
    const left = await db.event.findMany({
      where: { projectId: project.id },
      select: { id: true },
    });
    expect(left.map((row) => row.id).sort()).toEqual(
      stored
        .slice(5)
        .map((row) => row.id)
        .sort(),
    );
    const attachments = await db.eventAttachment.findMany({ where: { projectId: project.id } });
    expect(attachments.map((row) => row.eventId)).toEqual([stored[7]!.eventId]);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue.timesSeen).toBe(8);
  });

  it("stops after maxBatches and the next run continues", async () => {
    const oldAt = new Date("2002-03-01T00:00:00Z");
    const { project } = await seedEvents(9, 7, oldAt);
    const olderThan = new Date("2002-06-01T00:00:00Z");

    const first = await deleteExpiredEvents({ olderThan, batchSize: 2, maxBatches: 2 });
    expect(first).toEqual({ events: 4, attachments: 0, batches: 2, hasMore: true });
    expect(await remaining(project.id)).toBe(5);

    const second = await deleteExpiredEvents({ olderThan, batchSize: 2, maxBatches: 2 });
    expect(second).toMatchObject({ events: 3, hasMore: false });
    expect(await remaining(project.id)).toBe(2);
  });

  it("the scheduled job deletes what is older than EVENT_RETENTION_DAYS", async () => {
    const now = new Date();
    const { project } = await seedEvents(4, 3, new Date(now.getTime() - 31 * DAY));
    await db.event.updateMany({
      where: { projectId: project.id, receivedAt: { gte: new Date(now.getTime() - DAY) } },
      data: { receivedAt: new Date(now.getTime() - 29 * DAY) },
    });

    const result = await runEventRetention({}, now, 30);

    expect(result.events).toBeGreaterThanOrEqual(3);
    expect(await remaining(project.id)).toBe(1);
  });

  it("the scheduled job deletes attachments whose event never arrived, after a day", async () => {
    const now = new Date();
    const { project, stored } = await seedEvents(1, 0, now);
    const attachment = (eventId: string, createdAt: Date) => ({
      projectId: project.id,
      eventId,
      name: "log.txt",
      size: 3,
      data: Buffer.from("log"),
      createdAt,
    });
    const neverStored = "9b0a4c6e-1d2f-4a3b-8c7d-0e1f2a3b4c5d";
    const twoDaysAgo = new Date(now.getTime() - 2 * DAY);
    await db.eventAttachment.createMany({
      data: [
        attachment(stored[0]!.eventId, twoDaysAgo),
        attachment(neverStored, twoDaysAgo),
        attachment(neverStored, new Date(now.getTime() - 60_000)),
      ],
    });

    const result = await runEventRetention({}, now, 30);

    expect(result.orphanAttachments).toBeGreaterThanOrEqual(1);
    const left = await db.eventAttachment.findMany({
      where: { projectId: project.id },
      orderBy: { createdAt: "asc" },
    });
    // The event's attachment stays; the orphan waits a day in case its event is still queued.
    expect(left.map((row) => [row.eventId, row.createdAt])).toEqual([
      [stored[0]!.eventId, twoDaysAgo],
      [neverStored, new Date(now.getTime() - 60_000)],
    ]);
  });

  it("the scheduled job forgets items-job claims older than a day", async () => {
    const project = await createTestProject();
    const items = {
      projectId: project.id,
      sessions: [],
      outcomes: [],
      attachments: [],
      feedback: [],
    };
    const key = `retention-claim-${project.id}`;
    expect(await persistEnvelopeItems(items, key)).toBe("stored");
    const now = new Date();
    await db.processedJob.update({
      where: { key },
      data: { processedAt: new Date(now.getTime() - 2 * DAY) },
    });

    const result = await runEventRetention({}, now, 30);

    expect(result.jobClaims).toBeGreaterThanOrEqual(1);
    expect(await db.processedJob.count({ where: { key } })).toBe(0);
  });
});
