import { describe, expect, it } from "vitest";
import type { BatchResult } from "@/server/processing/pipeline";
import type { IngestedEvent } from "@/server/processing/types";
import { createEventBatcher } from "@/workers/events";

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
      { batchSize: 3, flushMs: 20 },
    );
    await Promise.all(["1", "2", "3", "4"].map((id) => batcher.add(event(id))));
    expect(batches).toEqual([3, 1]);
  });

  it("rejects only the events the pipeline reports as failed", async () => {
    const batcher = createEventBatcher(
      async () => result([{ projectId: 1, eventId: event("2").eventId, error: "bad frame" }]),
      { batchSize: 10, flushMs: 5 },
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
      { batchSize: 10, flushMs: 5 },
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
      { batchSize: 10, flushMs: 60_000 },
    );
    const pending = batcher.add(event("1"));
    await batcher.flush();
    await pending;
    expect(calls).toBe(1);
  });
});
