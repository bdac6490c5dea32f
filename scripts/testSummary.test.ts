import { describe, expect, it } from "vitest";
import { addTotals, playwrightTotals, summaryLine, vitestTotals } from "./testSummary";

describe("test summary", () => {
  it("reads vitest's json report", () => {
    expect(
      vitestTotals({
        success: false,
        numPassedTests: 40,
        numFailedTests: 2,
        numPendingTests: 1,
        numTodoTests: 1,
      }),
    ).toEqual({ passed: 40, failed: 2, skipped: 2 });
  });

  it("counts a failed vitest run without failed tests as one failure", () => {
    expect(vitestTotals({ success: false, numPassedTests: 3, numFailedTests: 0 }).failed).toBe(1);
  });

  it("reads Playwright's json report, flaky tests as passed", () => {
    expect(
      playwrightTotals({ stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 }, errors: [] }),
    ).toEqual({
      passed: 4,
      failed: 1,
      skipped: 2,
    });
    expect(
      playwrightTotals({ stats: { expected: 0, unexpected: 0 }, errors: [{ message: "x" }] })
        .failed,
    ).toBe(1);
  });

  it("prints the line CI reads", () => {
    const total = addTotals(
      { passed: 1, failed: 0, skipped: 0 },
      { passed: 2, failed: 3, skipped: 1 },
    );
    expect(summaryLine(total)).toBe("3 passed, 3 failed, 1 skipped");
  });
});
