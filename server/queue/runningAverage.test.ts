import { describe, expect, it } from "vitest";
import { runningAverage } from "./runningAverage";

describe("runningAverage", () => {
  it("starts at the first observation and moves towards later ones", () => {
    const average = runningAverage(0.5);
    expect(average.observe(80_000, 10)).toBe(8_000);
    expect(average.observe(200_000, 10)).toBe(14_000);
    expect(average.observe(0, 0)).toBe(14_000);
    expect(average.value()).toBe(14_000);
  });
});
