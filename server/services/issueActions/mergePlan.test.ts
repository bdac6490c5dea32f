import { describe, expect, it } from "vitest";
import { mergePlan } from "./mergePlan";

const issue = (id: number, timesSeen: number, firstSeen: string, projectId = 1) => ({
  id,
  projectId,
  timesSeen,
  firstSeen: new Date(firstSeen),
});

describe("mergePlan", () => {
  it("keeps the issue with the most events", () => {
    const plan = mergePlan([
      issue(1, 5, "2026-01-01"),
      issue(2, 9, "2026-02-01"),
      issue(3, 2, "2025-01-01"),
    ]);
    expect(plan.ok && plan.primary.id).toBe(2);
    expect(plan.ok && plan.children.map((child) => child.id)).toEqual([1, 3]);
  });

  it("breaks a tie by the oldest first seen, then the lowest id, whatever the order given", () => {
    const tie = [issue(7, 4, "2026-03-01"), issue(5, 4, "2026-01-01"), issue(6, 4, "2026-01-01")];
    expect(mergePlan(tie).ok && (mergePlan(tie) as { primary: { id: number } }).primary.id).toBe(5);
    expect((mergePlan([...tie].reverse()) as { primary: { id: number } }).primary.id).toBe(5);
  });

  it("refuses fewer than two issues and issues of different projects", () => {
    expect(mergePlan([issue(1, 1, "2026-01-01")])).toEqual({
      ok: false,
      reason: "Select at least two issues to merge",
    });
    expect(mergePlan([issue(1, 1, "2026-01-01", 1), issue(2, 1, "2026-01-01", 2)])).toMatchObject({
      ok: false,
      reason: "Only issues of the same project can be merged",
    });
  });
});
