import { describe, expect, it } from "vitest";
import type { BatchResult } from "@/server/processing/pipeline";
import type { IngestedEvent } from "@/server/processing/types";
import { createEventBatcher } from "@/workers/eventBatcher";

function event(eventId: string): IngestedEvent {
  return {
    projectId: 1,
    eventId: eventId.padStart(32, "0"),
    receivedAt: new Date().toISOString(),
    clientIp: null,
    payload: {},
  };
}

function result(failed: BatchResult["failed"] = []): BatchResult {
  return {
    stored: 0,
    duplicates: 0,
    newIssueIds: [],
    regressedIssueIds: [],
    unignoredIssueIds: [],
    failed,
    discarded: 0,
    payloadBytes: 0,
  };
}

describe("createEventBatcher", () => {
  it("flushes a full batch at once and the rest after the wait", async () => {
    const batches: number[] = [];
    const batcher = createEventBatcher(
      async (events) => {
        batches.push(events.length);
        return result();
      },
      { batchSize: 3, flushMs: 20, maxInFlight: 1 },
    );
    await Promise.all(["1", "2", "3", "4"].map((id) => batcher.add(event(id))));
    expect(batches).toEqual([3, 1]);
  });

  it("rejects only the events the pipeline reports as failed", async () => {
    const batcher = createEventBatcher(
      async () => result([{ projectId: 1, eventId: event("2").eventId, error: "bad frame" }]),
      { batchSize: 10, flushMs: 5, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled(["1", "2"].map((id) => batcher.add(event(id))));
    expect(settled[0]?.status).toBe("fulfilled");
    expect(settled[1]).toMatchObject({ status: "rejected", reason: { message: "bad frame" } });
  });

  it("rejects every event of a batch that could not be stored", async () => {
    const batcher = createEventBatcher(
      async () => {
        throw new Error("deadlock detected");
      },
      { batchSize: 10, flushMs: 5, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled(["1", "2"].map((id) => batcher.add(event(id))));
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected"]);
  });

  it("flush() sends what is buffered without waiting for the timer", async () => {
    let calls = 0;
    const batcher = createEventBatcher(
      async () => {
        calls += 1;
        return result();
      },
      { batchSize: 10, flushMs: 60_000, maxInFlight: 1 },
    );
    const pending = batcher.add(event("1"));
    await batcher.flush();
    await pending;
    expect(calls).toBe(1);
  });

  it("runs at most maxInFlight batches at once and sends what gathered meanwhile as one batch", async () => {
    const started: number[] = [];
    const releases: Array<() => void> = [];
    let running = 0;
    let mostRunning = 0;
    const batcher = createEventBatcher(
      async (events) => {
        started.push(events.length);
        running += 1;
        mostRunning = Math.max(mostRunning, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return result();
      },
      { batchSize: 2, flushMs: 60_000, maxInFlight: 2 },
    );
    const added = ["1", "2", "3", "4", "5", "6", "7"].map((id) => batcher.add(event(id)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([2, 2]);
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toEqual([2, 2, 2]);
    const flushed = batcher.flush();
    while (started.length < 4 || releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await flushed;
    await Promise.all(added);
    expect(started).toEqual([2, 2, 2, 1]);
    expect(mostRunning).toBe(2);
  });

  it("grows a batch up to batchSize while every slot is busy", async () => {
    const sizes: number[] = [];
    let release: (() => void) | undefined;
    const batcher = createEventBatcher(
      async (events) => {
        sizes.push(events.length);
        if (sizes.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return result();
      },
      { batchSize: 4, flushMs: 1, maxInFlight: 1 },
    );
    const first = batcher.add(event("1"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const more = ["2", "3", "4", "5", "6"].map((id) => batcher.add(event(id)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sizes).toEqual([1]);
    release?.();
    await Promise.all([first, ...more]);
    expect(sizes).toEqual([1, 4, 1]);
  });

  it("sends a batch once the buffer holds its share of eventsInFlight, without the timer", async () => {
    const sizes: number[] = [];
    const releases: Array<() => void> = [];
    const reports: number[] = [];
    let limit = 6;
    const batcher = createEventBatcher(
      async (events) => {
        sizes.push(events.length);
        await new Promise<void>((resolve) => releases.push(resolve));
        return result();
      },
      {
        batchSize: 100,
        flushMs: 60_000,
        maxInFlight: 2,
        eventsInFlight: () => limit,
        onBatch: (report) => reports.push(report.events),
      },
    );
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
    const first = ["1", "2", "3", "4", "5", "6", "7"].map((id) => batcher.add(event(id)));
    await tick();
    expect(sizes).toEqual([3, 3]);
    while (releases.length > 0) releases.shift()?.();
    await tick();
    // The seventh waits: one event is not its share, and more may still come.
    expect(sizes).toEqual([3, 3]);
    limit = 10;
    const more = ["8", "9", "10", "11"].map((id) => batcher.add(event(id)));
    await tick();
    expect(sizes).toEqual([3, 3, 5]);
    // The budget shrank below what runs: what the running batch leaves is the next one's share.
    limit = 6;
    const last = batcher.add(event("12"));
    await tick();
    expect(sizes).toEqual([3, 3, 5, 1]);
    while (releases.length > 0) releases.shift()?.();
    await Promise.all([...first, ...more, last]);
    expect(reports).toEqual([3, 3, 5, 1]);
  });
});
