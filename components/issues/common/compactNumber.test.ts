import { describe, expect, it } from "vitest";
import { compactNumber, fullNumber } from "./compactNumber";

describe("compactNumber", () => {
  it("shortens thousands and millions to one decimal", () => {
    expect(compactNumber(0)).toBe("0");
    expect(compactNumber(999)).toBe("999");
    expect(compactNumber(1_234)).toBe("1.2k");
    expect(compactNumber(34_000)).toBe("34k");
    expect(compactNumber(1_500_000)).toBe("1.5M");
  });

  it("spells the exact figure for tooltips", () => {
    expect(fullNumber(1_234_567)).toBe("1,234,567");
  });
});
