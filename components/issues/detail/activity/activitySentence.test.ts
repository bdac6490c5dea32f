import { describe, expect, it } from "vitest";
import { activitySentence } from "./activitySentence";

describe("activitySentence", () => {
  it("says what a status change did, with its condition", () => {
    expect(activitySentence({ type: "set_ignored", data: { ignoreDuration: 120 } })).toBe(
      "ignored this issue for 2 hours",
    );
    expect(
      activitySentence({ type: "set_ignored", data: { ignoreCount: 100, ignoreWindow: 60 } }),
    ).toBe("ignored this issue until it occurs 100 times in 1 hour");
    expect(
      activitySentence({
        type: "set_ignored",
        data: { ignoreUserCount: 5, ignoreUserWindow: 1440 },
      }),
    ).toBe("ignored this issue until it affects 5 users in 1 day");
    expect(
      activitySentence({ type: "set_ignored", data: { ignoreCount: 3, ignoreWindow: null } }),
    ).toBe("ignored this issue until it occurs 3 more times");
    expect(activitySentence({ type: "set_ignored", data: { ignoreUserCount: 1 } })).toBe(
      "ignored this issue until it affects 1 more user",
    );
    expect(activitySentence({ type: "set_regression", data: { version: "shop@1.5.0" } })).toBe(
      "marked this issue as a regression in shop@1.5.0",
    );
    expect(activitySentence({ type: "set_unresolved", data: { substatus: "escalating" } })).toBe(
      "unignored this issue: its condition was met",
    );
  });

  it("names the assignee and counts merged issues", () => {
    expect(
      activitySentence({ type: "assigned", data: { assigneeType: "team", assigneeName: "web" } }),
    ).toBe("assigned this issue to #web");
    expect(activitySentence({ type: "assigned", data: { assigneeName: "Ada" } })).toBe(
      "assigned this issue to Ada",
    );
    expect(activitySentence({ type: "merge", data: { issues: [{}, {}] } })).toBe(
      "merged 2 issues into this issue",
    );
  });
});
