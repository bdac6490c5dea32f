import { describe, expect, it } from "vitest";
import { changeDoneMessage, ignoreConditionText, issuesLabel } from "./actionMessages";

describe("action messages", () => {
  it("names one issue by short id and counts several", () => {
    expect(issuesLabel(1, "WEB-1A")).toBe("WEB-1A");
    expect(issuesLabel(1250)).toBe("1,250 issues");
  });

  it("says how long an ignore lasts", () => {
    expect(ignoreConditionText({ kind: "duration", minutes: 30 })).toBe("for 30 minutes");
    expect(ignoreConditionText({ kind: "duration", minutes: 1440 })).toBe("for 24 hours");
    expect(ignoreConditionText({ kind: "count", count: 1 })).toBe("until it occurs 1 more time");
    expect(ignoreConditionText({ kind: "users", users: 10 })).toBe(
      "until it affects 10 more users",
    );
  });

  it("says an ignore with a window is a rate", () => {
    expect(ignoreConditionText({ kind: "count", count: 100, windowMinutes: 60 })).toBe(
      "until it occurs 100 times per hour",
    );
    expect(ignoreConditionText({ kind: "users", users: 1, windowMinutes: 10_080 })).toBe(
      "until it affects 1 user per week",
    );
    expect(ignoreConditionText({ kind: "count", count: 5, windowMinutes: 120 })).toBe(
      "until it occurs 5 times in 2 hours",
    );
  });

  it("confirms what happened", () => {
    expect(changeDoneMessage({ status: "resolved" }, "3 issues", null)).toBe("Resolved 3 issues");
    expect(
      changeDoneMessage({ assignee: { type: "team", id: "t" } }, "WEB-1", {
        type: "team",
        id: "t",
        slug: "backend",
        name: "Backend",
      }),
    ).toBe("Assigned WEB-1 to #backend");
    expect(changeDoneMessage({ assignee: null }, "WEB-1", null)).toBe("Unassigned WEB-1");
  });
});
