import { describe, expect, it } from "vitest";
import { concurrencyFor, payloadSizeAverage } from "./inFlightBudget";

const budget = { budgetBytes: 4_000_000, min: 100, max: 1_000 };

describe("concurrencyFor", () => {
  it("keeps about the budget of payload in flight", () => {
    expect(concurrencyFor(8_000, budget)).toBe(500);
    expect(concurrencyFor(20_000, budget)).toBe(200);
  });

  it("stays within its bounds", () => {
    expect(concurrencyFor(1_000, budget)).toBe(1_000);
    expect(concurrencyFor(200_000, budget)).toBe(100);
    expect(concurrencyFor(0, budget)).toBe(1_000);
  });
});

describe("payloadSizeAverage", () => {
  it("starts at the first batch and moves towards later ones", () => {
    const average = payloadSizeAverage(0.5);
    expect(average.observe(80_000, 10)).toBe(8_000);
    expect(average.observe(200_000, 10)).toBe(14_000);
    expect(average.observe(0, 0)).toBe(14_000);
  });
});
