import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { EVENT_JOBS, eventsQueue, type EventJobPayload } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { startEventsWorker, type EventsWorkerOptions } from "@/workers/events";
import { createKeyedProject, eventually } from "./harness";

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(options: EventsWorkerOptions = {}) {
  const queueName = `events-test-${randomBytes(5).toString("hex")}`;
  const connection = createRedis();
  const queue = eventsQueue(connection, queueName);
  const worker = startEventsWorker(connection, { queueName, flushMs: 10, ...options });
  cleanups.push(
    () => connection.quit(),
    () => queue.obliterate({ force: true }),
    () => queue.close(),
    () => worker.close(),
  );
  return queue;
}

function job(projectId: number, message: string): EventJobPayload {
  return {
    projectId,
    eventId: randomBytes(16).toString("hex"),
    receivedAt: new Date().toISOString(),
    clientIp: null,
    sentAt: null,
    payload: { message, level: "error" },
  };
}

const quickRetries = { attempts: 2, backoff: { type: "fixed", delay: 10 } };

describe("events worker", () => {
  it("retries a batch that failed and stores its events once", async () => {
    let failures = 0;
    const queue = setup({
      processBatch: async (events) => {
        if (failures++ === 0) throw new Error("connection reset");
        return processEventBatch(events);
      },
    });
    const project = await createKeyedProject();
    await queue.add("event", job(project.projectId, "Retried once"), quickRetries);
    const stored = await eventually(async () => {
      const count = await db.event.count({ where: { projectId: project.projectId } });
      return count > 0 ? count : undefined;
    });
    expect(stored).toBe(1);
    expect(await db.failedEvent.count({ where: { projectId: project.projectId } })).toBe(0);
  });

  it("keeps an event that used its last attempt in FailedEvent with its error", async () => {
    const queue = setup({
      processBatch: async () => {
        throw new Error("database is read-only");
      },
    });
    const project = await createKeyedProject();
    const sent = job(project.projectId, "Never stored");
    await queue.add("event", sent, quickRetries);
    const failed = await eventually(async () => {
      const row = await db.failedEvent.findFirst({ where: { projectId: project.projectId } });
      return row ?? undefined;
    });
    expect(failed).toMatchObject({
      eventId: sent.eventId,
      error: "database is read-only",
      attempts: 2,
    });
    expect(failed.payload).toMatchObject({ payload: { message: "Never stored" } });
  });

  it("keeps a job whose payload is not an event in FailedEvent at once", async () => {
    const queue = setup();
    const project = await createKeyedProject();
    await queue.add("event", { ...job(project.projectId, "x"), eventId: "not-hex" }, quickRetries);
    const failed = await eventually(async () => {
      const row = await db.failedEvent.findFirst({ where: { projectId: project.projectId } });
      return row ?? undefined;
    });
    expect(failed.error).toMatch(/^invalid event job/);
    expect(failed.attempts).toBe(1);
  });

  it("stores an event whose payload arrives as the SDK's JSON text like a parsed one", async () => {
    const queue = setup();
    const project = await createKeyedProject();
    const sent = job(project.projectId, "Sent as text");
    await queue.add("event", { ...sent, payload: JSON.stringify(sent.payload) }, quickRetries);
    const stored = await eventually(async () => {
      const row = await db.event.findFirst({ where: { projectId: project.projectId } });
      return row ?? undefined;
    });
    expect(stored).toMatchObject({ title: "Sent as text", level: "error" });
  });

  it("keeps an event whose payload text is not JSON in FailedEvent at once", async () => {
    const queue = setup();
    const project = await createKeyedProject();
    await queue.add(
      "event",
      { ...job(project.projectId, "x"), payload: "{not json" },
      quickRetries,
    );
    const failed = await eventually(async () => {
      const row = await db.failedEvent.findFirst({ where: { projectId: project.projectId } });
      return row ?? undefined;
    });
    expect(failed.error).toMatch(/^invalid event job: payload is not JSON/);
    expect(failed.attempts).toBe(1);
  });
});

describe("events worker, batch jobs from the edge", () => {
  const storedCount = (projectId: number) => db.event.count({ where: { projectId } });

  it("stores the valid events of a batch and keeps its one invalid event aside, alone", async () => {
    const queue = setup();
    const project = await createKeyedProject();
    const valid = [job(project.projectId, "First"), job(project.projectId, "Second")];
    const invalid = { ...job(project.projectId, "Broken"), eventId: "not-hex" };
    const added = await queue.add(
      EVENT_JOBS.events,
      { events: [valid[0]!, invalid, valid[1]!] },
      quickRetries,
    );
    const failed = await eventually(async () => {
      const rows = await db.failedEvent.findMany({ where: { projectId: project.projectId } });
      return rows.length > 0 ? rows : undefined;
    });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ eventId: "not-hex", attempts: 1 });
    expect(failed[0]?.error).toMatch(/^invalid event: /);
    expect(failed[0]?.payload).toEqual(invalid);
    expect(await storedCount(project.projectId)).toBe(2);
    // Completed jobs are removed at once; a failed one would be kept.
    await eventually(async () => ((await added.getState()) === "unknown" ? true : undefined));
  });

  it("retries a batch job as a whole and counts the events stored before the failure once", async () => {
    let calls = 0;
    const queue = setup({
      processBatch: async (events) => {
        const result = await processEventBatch(events);
        // The first transaction committed, then the worker lost its connection before answering.
        if (calls++ === 0) throw new Error("connection reset after commit");
        return result;
      },
    });
    const project = await createKeyedProject();
    const events = [1, 2, 3].map(() => job(project.projectId, "Same issue every time"));
    const added = await queue.add(EVENT_JOBS.events, { events }, quickRetries);
    // Completed jobs are removed at once; a failed one would be kept.
    await eventually(async () => ((await added.getState()) === "unknown" ? true : undefined));
    expect(calls).toBe(2);
    expect(await storedCount(project.projectId)).toBe(3);
    const issues = await db.issue.findMany({ where: { projectId: project.projectId } });
    expect(issues.map((issue) => issue.timesSeen)).toEqual([3]);
    expect(await db.failedEvent.count({ where: { projectId: project.projectId } })).toBe(0);
  });

  it("keeps each event of a batch that used its last attempt as a row of its own", async () => {
    const queue = setup({
      processBatch: async () => {
        throw new Error("database is read-only");
      },
    });
    const project = await createKeyedProject();
    const events = [job(project.projectId, "One"), job(project.projectId, "Two")];
    await queue.add(EVENT_JOBS.events, { events }, quickRetries);
    const failed = await eventually(async () => {
      const rows = await db.failedEvent.findMany({
        where: { projectId: project.projectId },
        orderBy: { id: "asc" },
      });
      return rows.length > 0 ? rows : undefined;
    });
    expect(failed).toHaveLength(2);
    expect(failed.map((row) => row.eventId).sort()).toEqual(events.map((e) => e.eventId).sort());
    for (const row of failed) {
      expect(row).toMatchObject({ error: "database is read-only", attempts: 2 });
      expect(row.payload).toEqual(events.find((e) => e.eventId === row.eventId));
    }
  });
});
