import { describe, expect, it } from "vitest";
import { concurrencyFor, eventsInFlight } from "./inFlightBudget";

const budget = {
  budgetBytes: 4_000_000,
  minEvents: 100,
  maxEvents: 1_000,
  maxJobs: 1_000,
  lookaheadJobs: 1_000,
};

describe("eventsInFlight", () => {
  it("keeps about the budget of payload in flight", () => {
    expect(eventsInFlight(8_000, budget)).toBe(500);
    expect(eventsInFlight(20_000, budget)).toBe(200);
  });

  it("stays within its bounds", () => {
    expect(eventsInFlight(1_000, budget)).toBe(1_000);
    expect(eventsInFlight(200_000, budget)).toBe(100);
    expect(eventsInFlight(0, budget)).toBe(1_000);
  });
});

describe("concurrencyFor", () => {
  const idle = { averageBytes: 8_000, averageEventsPerJob: 1, heldEvents: 0, activeJobs: 0 };

  it("holds the same events in flight whether jobs carry one event or a batch", () => {
    expect(concurrencyFor(idle, budget)).toBe(500);
    expect(concurrencyFor({ ...idle, averageEventsPerJob: 10 }, budget)).toBe(50);
    expect(concurrencyFor({ ...idle, averageBytes: 20_000, averageEventsPerJob: 8 }, budget)).toBe(
      25,
    );
  });

  it("leaves room only for the events the active jobs do not hold yet", () => {
    const busy = { ...idle, averageEventsPerJob: 10, heldEvents: 300, activeJobs: 30 };
    expect(concurrencyFor(busy, budget)).toBe(50);
    // Jobs larger than the average arrived: no new job until some of them finish.
    expect(concurrencyFor({ ...busy, heldEvents: 900 }, budget)).toBe(30);
  });

  it("takes at most lookaheadJobs jobs of a size not seen yet", () => {
    const lookahead = { ...budget, lookaheadJobs: 16 };
    expect(concurrencyFor(idle, lookahead)).toBe(16);
    expect(concurrencyFor({ ...idle, heldEvents: 490, activeJobs: 490 }, lookahead)).toBe(500);
  });

  it("keeps at least one job and at most maxJobs active", () => {
    expect(
      concurrencyFor({ ...idle, averageBytes: 200_000, averageEventsPerJob: 500 }, budget),
    ).toBe(1);
    expect(concurrencyFor({ ...idle, averageBytes: 1_000 }, { ...budget, maxJobs: 300 })).toBe(300);
  });
});
