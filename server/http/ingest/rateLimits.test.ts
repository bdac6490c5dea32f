import type { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import { createBacklogGuard } from "./rateLimits";

function queueWithWaiting(waiting: number): () => Queue {
  const queue = { getJobCounts: async () => ({ waiting, prioritized: 0, delayed: 0 }) };
  return () => queue as unknown as Queue;
}

describe("createBacklogGuard", () => {
  it("weighs each waiting job with the events per job the edge forms", async () => {
    const options = { maxBacklog: 150, cacheMs: 0 };
    const batches = createBacklogGuard(queueWithWaiting(10), {
      ...options,
      eventsPerJob: () => 20,
    });
    expect(await batches()).toMatchObject({ reasonCode: "backlog" });
    const singles = createBacklogGuard(queueWithWaiting(10), { ...options, eventsPerJob: () => 1 });
    expect(await singles()).toBeNull();
  });

  it("counts a job as at least one event before the edge formed any", async () => {
    const guard = createBacklogGuard(queueWithWaiting(151), {
      maxBacklog: 150,
      cacheMs: 0,
      eventsPerJob: () => 0,
    });
    expect(await guard()).toMatchObject({ reasonCode: "backlog" });
  });
});
