import type { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import {
  EVENT_JOBS,
  createEventEnqueuer,
  type EventJobPayload,
  type EventsJobData,
  type ItemsJobPayload,
} from "./events";

type Added = { name: string; data: EventsJobData }[];

/** A queue whose `addBulk` is recorded and settles only when the test says so. */
function recordingQueue() {
  const bulks: Added[] = [];
  const settle: Array<(error?: Error) => void> = [];
  const queue = {
    addBulk(jobs: Added) {
      bulks.push(jobs);
      return new Promise<void>((resolve, reject) =>
        settle.push((error) => (error ? reject(error) : resolve())),
      );
    },
  } as unknown as Queue<EventsJobData>;
  return { queue, bulks, settle };
}

function event(n: number, bytes = 100): EventJobPayload {
  return {
    projectId: 1,
    eventId: n.toString(16).padStart(32, "0"),
    receivedAt: "2026-11-23T10:00:00.000Z",
    clientIp: null,
    sentAt: null,
    payload: { message: "x".repeat(bytes) },
  };
}

const items: ItemsJobPayload = {
  projectId: 1,
  sessions: [],
  outcomes: [],
  attachments: [],
  feedback: [],
};

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createEventEnqueuer", () => {
  it("adds the events of one wait as ONE events job, beside the items jobs, in one bulk", async () => {
    const { queue, bulks, settle } = recordingQueue();
    const enqueuer = createEventEnqueuer(queue, { maxWaitMs: 5 });
    const sent = [event(1), event(2), event(3)];
    const done = [...sent.map((e) => enqueuer.enqueue(e)), enqueuer.enqueueItems(items)];
    await tick(20);
    expect(bulks).toEqual([
      [
        { name: EVENT_JOBS.items, data: items },
        { name: EVENT_JOBS.events, data: { events: sent } },
      ],
    ]);
    settle[0]?.();
    await Promise.all(done);
    expect(enqueuer.eventsPerJob()).toBe(3);
  });

  it("answers no request before the bulk holding its event is in Redis", async () => {
    const { queue, settle } = recordingQueue();
    const enqueuer = createEventEnqueuer(queue, { maxWaitMs: 1 });
    let durable = false;
    const request = enqueuer.enqueue(event(1)).then(() => (durable = true));
    await tick(20);
    expect(durable).toBe(false);
    settle[0]?.();
    await request;
    expect(durable).toBe(true);
  });

  it("fails every request of a bulk that Redis refused", async () => {
    const { queue, settle } = recordingQueue();
    const enqueuer = createEventEnqueuer(queue, { maxWaitMs: 1 });
    const requests = [enqueuer.enqueue(event(1)), enqueuer.enqueue(event(2))];
    await tick(10);
    settle[0]?.(new Error("READONLY"));
    for (const request of requests) await expect(request).rejects.toThrow("READONLY");
  });

  it("starts a new job at maxEvents without waiting", async () => {
    const { queue, bulks } = recordingQueue();
    const enqueuer = createEventEnqueuer(queue, { maxEvents: 2, maxWaitMs: 1_000 });
    for (let n = 1; n <= 5; n++) void enqueuer.enqueue(event(n));
    expect(
      bulks.map((bulk) => bulk.map((job) => (job.data as { events: unknown[] }).events.length)),
    ).toEqual([[2], [2]]);
    void enqueuer.flush();
    expect(bulks).toHaveLength(3);
  });

  it("keeps a job under maxChars: a large event starts a job of its own", async () => {
    const { queue, bulks } = recordingQueue();
    const enqueuer = createEventEnqueuer(queue, {
      maxChars: 1_000,
      maxWaitMs: 1_000,
      charsOf: (e) => JSON.stringify(e).length,
    });
    void enqueuer.enqueue(event(1, 100));
    void enqueuer.enqueue(event(2, 100));
    void enqueuer.enqueue(event(3, 900));
    void enqueuer.flush();
    const sizes = bulks.map((bulk) =>
      (bulk[0]?.data as { events: EventJobPayload[] }).events.map((e) => e.eventId.slice(-1)),
    );
    expect(sizes).toEqual([["1", "2"], ["3"]]);
  });
});
