import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { EVENT_JOBS, EVENTS_QUEUE, eventsQueue } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { startEventsWorker } from "@/workers/events";
import { fixtureEvent, ingested } from "./processing/helpers";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  type TestUser,
} from "./setup/fixtures";

/**
 * Issue #4: an event that keeps failing goes to a failed list, visible to admins and replayable.
 * The failing worker runs on a queue of its own; replay puts jobs on the real events queue, which
 * only this file consumes in the test Redis database.
 */
const connection = createRedis();
let owner: TestUser;
let admin: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgSlug: string;
let outsiderOrgSlug: string;
let projectId: number;

async function until<T>(what: string, probe: () => Promise<T | null | undefined>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** An event job that fails its only attempt, as if Postgres were down, so it lands in FailedEvent. */
async function failEvent(): Promise<{ eventId: string; rowId: string }> {
  const queueName = `failed-test-${randomBytes(5).toString("hex")}`;
  const worker = startEventsWorker(createRedis(), {
    queueName,
    processBatch: () => Promise.reject(new Error("database is down")),
  });
  const queue = eventsQueue(connection, queueName);
  const event = ingested({ id: projectId }, fixtureEvent("node-capture-exception.envelope"));
  await queue.add(EVENT_JOBS.event, event, { attempts: 1 });
  const row = await until("the failed event row", () =>
    db.failedEvent.findFirst({ where: { eventId: event.eventId } }),
  );
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { eventId: event.eventId, rowId: String(row.id) };
}

/** A batch job, as the edge adds them, whose every attempt fails: one FailedEvent row per event. */
async function failBatch(messages: string[]): Promise<{ eventIds: string[]; rowIds: string[] }> {
  const queueName = `failed-test-${randomBytes(5).toString("hex")}`;
  const worker = startEventsWorker(createRedis(), {
    queueName,
    processBatch: () => Promise.reject(new Error("database is down")),
  });
  const queue = eventsQueue(connection, queueName);
  const events = messages.map((message) => ({
    ...ingested({ id: projectId }, fixtureEvent("node-capture-exception.envelope")),
    eventId: randomBytes(16).toString("hex"),
    payload: { message, level: "error" },
  }));
  await queue.add(EVENT_JOBS.events, { events }, { attempts: 1 });
  const eventIds = events.map((event) => event.eventId);
  const rows = await until("a failed event row per event", async () => {
    const found = await db.failedEvent.findMany({ where: { eventId: { in: eventIds } } });
    return found.length === events.length ? found : undefined;
  });
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { eventIds, rowIds: rows.map((row) => String(row.id)) };
}

beforeAll(async () => {
  owner = await createTestUser({ name: "Olivia Owner" });
  admin = await createTestUser({ name: "Adam Admin" });
  member = await createTestUser({ name: "Mia Member" });
  outsider = await createTestUser({ name: "Oscar Outsider" });
  const org = await createTestOrg(owner);
  orgSlug = org.slug;
  await addMember(org.id, admin, "admin");
  await addMember(org.id, member, "member");
  outsiderOrgSlug = (await createTestOrg(outsider)).slug;
  const project = await (
    await callerFor(owner)
  ).projects.create({
    orgSlug,
    name: "Checkout",
    slug: `checkout-${randomBytes(4).toString("hex")}`,
  });
  projectId = project.id;
});

afterAll(async () => {
  await connection.quit();
});

describe("failed events", () => {
  it("lists an event that failed every attempt, and replays it once the cause is fixed", async () => {
    const failed = await failEvent();
    const api = await callerFor(admin);

    const page = await api.failedEvents.list({ orgSlug });
    const listed = page.items.find((item) => item.id === failed.rowId);
    expect(listed).toMatchObject({
      eventId: failed.eventId,
      error: "database is down",
      attempts: 1,
      project: { id: projectId, name: "Checkout" },
    });
    expect(listed?.preview).toContain(failed.eventId);
    expect(page.total).toBeGreaterThanOrEqual(1);

    const worker = startEventsWorker(createRedis(), { queueName: EVENTS_QUEUE, flushMs: 10 });
    try {
      expect(await api.failedEvents.replay({ orgSlug, ids: [failed.rowId] })).toEqual({
        replayed: [failed.rowId],
        refused: [],
      });
      const stored = await until("the replayed event", () =>
        db.event.findFirst({ where: { projectId }, select: { issueId: true } }),
      );
      expect(stored.issueId).not.toBeNull();
    } finally {
      await worker.close();
    }
    expect(await db.failedEvent.count({ where: { id: BigInt(failed.rowId) } })).toBe(0);
    const after = await api.failedEvents.list({ orgSlug });
    expect(after.items.map((item) => item.id)).not.toContain(failed.rowId);
  });

  it("replays each event of a failed batch job from its own row", async () => {
    const failed = await failBatch(["Batch event one", "Batch event two"]);
    const api = await callerFor(admin);
    const worker = startEventsWorker(createRedis(), { queueName: EVENTS_QUEUE, flushMs: 10 });
    try {
      const replayed = await api.failedEvents.replay({ orgSlug, ids: failed.rowIds });
      expect(replayed.replayed.sort()).toEqual([...failed.rowIds].sort());
      expect(replayed.refused).toEqual([]);
      const stored = await until("both replayed events", async () => {
        const events = await db.event.findMany({
          where: { projectId, eventId: { in: failed.eventIds } },
          select: { title: true },
        });
        return events.length === 2 ? events : undefined;
      });
      expect(stored.map((event) => event.title).sort()).toEqual([
        "Batch event one",
        "Batch event two",
      ]);
    } finally {
      await worker.close();
    }
    expect(await db.failedEvent.count({ where: { eventId: { in: failed.eventIds } } })).toBe(0);
  });

  it("discards on request, and pages newest first", async () => {
    const older = await failEvent();
    const newer = await failEvent();
    const api = await callerFor(owner);

    const first = await api.failedEvents.list({ orgSlug, limit: 1 });
    expect(first.items.map((item) => item.id)).toEqual([newer.rowId]);
    expect(first.nextCursor).toBe(newer.rowId);
    const second = await api.failedEvents.list({ orgSlug, limit: 1, cursor: first.nextCursor! });
    expect(second.items.map((item) => item.id)).toEqual([older.rowId]);

    expect(await api.failedEvents.discard({ orgSlug, ids: [older.rowId, newer.rowId] })).toEqual({
      discarded: 2,
    });
    expect((await api.failedEvents.list({ orgSlug })).items).toEqual([]);
  });

  it("is for owners and admins: a member is refused, another organization sees and touches nothing", async () => {
    const failed = await failEvent();
    const asMember = await callerFor(member);
    await expectTRPCError(asMember.failedEvents.list({ orgSlug }), "FORBIDDEN");
    await expectTRPCError(
      asMember.failedEvents.replay({ orgSlug, ids: [failed.rowId] }),
      "FORBIDDEN",
    );
    await expectTRPCError(
      asMember.failedEvents.discard({ orgSlug, ids: [failed.rowId] }),
      "FORBIDDEN",
    );

    const asOutsider = await callerFor(outsider);
    await expectTRPCError(asOutsider.failedEvents.list({ orgSlug }), "NOT_FOUND");
    expect((await asOutsider.failedEvents.list({ orgSlug: outsiderOrgSlug })).items).toEqual([]);
    expect(
      await asOutsider.failedEvents.replay({ orgSlug: outsiderOrgSlug, ids: [failed.rowId] }),
    ).toEqual({ replayed: [], refused: [] });
    expect(
      await asOutsider.failedEvents.discard({ orgSlug: outsiderOrgSlug, ids: [failed.rowId] }),
    ).toEqual({ discarded: 0 });
    expect(await db.failedEvent.count({ where: { id: BigInt(failed.rowId) } })).toBe(1);
  });

  it("answers BAD_REQUEST for ids that are not failed event ids", async () => {
    const api = await callerFor(admin);
    await expectTRPCError(api.failedEvents.replay({ orgSlug, ids: ["abc"] }), "BAD_REQUEST");
    await expectTRPCError(
      api.failedEvents.discard({ orgSlug, ids: ["99999999999999999999"] }),
      "BAD_REQUEST",
    );
    await expectTRPCError(api.failedEvents.replay({ orgSlug, ids: [] }), "BAD_REQUEST");
  });
});
