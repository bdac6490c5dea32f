import { describe, expect, it } from "vitest";
import { ignoreCondition } from "./IssueStatusBadge";

describe("ignoreCondition", () => {
  it("names a count from now on, or a rate within a window", () => {
    expect(ignoreCondition({ ignoreCount: 10 })).toBe("until 10 more events");
    expect(ignoreCondition({ ignoreCount: 10, ignoreWindow: 60 })).toBe("until 10 events per hour");
    expect(ignoreCondition({ ignoreUserCount: 3, ignoreUserWindow: 1440 })).toBe(
      "until 3 users are affected per day",
    );
    expect(ignoreCondition({ ignoreUserCount: 3, ignoreUserWindow: null })).toBe(
      "until 3 more users are affected",
    );
    expect(ignoreCondition({})).toBeNull();
  });
});
