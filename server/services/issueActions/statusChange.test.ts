import { describe, expect, it } from "vitest";
import { shouldUnignore } from "@/server/processing/issueTransitions";
import { ignoreDetails, statusUpdate, type IssueStatusState } from "./statusChange";

const now = new Date("2026-05-01T12:00:00.000Z");
const unresolved: IssueStatusState = {
  status: "unresolved",
  substatus: "new",
  statusDetails: {},
  timesSeen: 40,
  userCount: 6,
};

describe("ignoreDetails", () => {
  it("records the baselines processing counts N more events or users from", () => {
    expect(ignoreDetails({ kind: "count", count: 10 }, unresolved, now)).toEqual({
      ignoreCount: 10,
      timesSeenAtIgnore: 40,
    });
    expect(ignoreDetails({ kind: "users", users: 3, windowMinutes: 60 }, unresolved, now)).toEqual({
      ignoreUserCount: 3,
      ignoreUserWindow: 60,
      userCountAtIgnore: 6,
    });
    expect(ignoreDetails({ kind: "duration", minutes: 30 }, unresolved, now)).toEqual({
      ignoreUntil: "2026-05-01T12:30:00.000Z",
    });
    expect(ignoreDetails({ kind: "forever" }, unresolved, now)).toEqual({});
  });

  it("is what processing reads: back after exactly N more events, not before", () => {
    const ignored = {
      status: "ignored" as const,
      statusDetails: ignoreDetails({ kind: "count", count: 3 }, unresolved, now),
      timesSeen: 40,
      userCount: 6,
    };
    expect(shouldUnignore(ignored, { events: 2, newUsers: 0 }, now)).toBe(false);
    expect(shouldUnignore(ignored, { events: 3, newUsers: 0 }, now)).toBe(true);
  });

  it("a duration ends at its time", () => {
    const ignored = {
      status: "ignored" as const,
      statusDetails: ignoreDetails({ kind: "duration", minutes: 120 }, unresolved, now),
      timesSeen: 40,
      userCount: 6,
    };
    const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    expect(shouldUnignore(ignored, { events: 1, newUsers: 0 }, later(119))).toBe(false);
    expect(shouldUnignore(ignored, { events: 1, newUsers: 0 }, later(120))).toBe(true);
  });
});

describe("statusUpdate", () => {
  it("resolves with a time and clears the ignore condition", () => {
    const ignored: IssueStatusState = {
      ...unresolved,
      status: "ignored",
      substatus: "archived_until_condition_met",
      statusDetails: { ignoreCount: 5, timesSeenAtIgnore: 1 },
    };
    expect(statusUpdate({ status: "resolved" }, ignored, now)).toMatchObject({
      status: "resolved",
      statusDetails: {},
      resolvedAt: now,
      activity: { type: "set_resolved" },
    });
  });

  it("changes nothing when the issue already has the status", () => {
    expect(statusUpdate({ status: "unresolved" }, unresolved, now)).toBeNull();
    expect(
      statusUpdate({ status: "resolved" }, { ...unresolved, status: "resolved" }, now),
    ).toBeNull();
    const forever: IssueStatusState = {
      ...unresolved,
      status: "ignored",
      substatus: "archived_forever",
    };
    expect(
      statusUpdate({ status: "ignored", ignore: { kind: "forever" } }, forever, now),
    ).toBeNull();
  });

  it("unresolving is ongoing; ignoring sets Sentry's archived substatus", () => {
    const resolved: IssueStatusState = { ...unresolved, status: "resolved" };
    expect(statusUpdate({ status: "unresolved" }, resolved, now)).toMatchObject({
      substatus: "ongoing",
      resolvedAt: null,
      activity: { type: "set_unresolved" },
    });
    expect(
      statusUpdate({ status: "ignored", ignore: { kind: "forever" } }, unresolved, now),
    ).toMatchObject({ status: "ignored", substatus: "archived_forever" });
    expect(
      statusUpdate({ status: "ignored", ignore: { kind: "count", count: 100 } }, unresolved, now),
    ).toMatchObject({
      status: "ignored",
      substatus: "archived_until_condition_met",
      activity: { type: "set_ignored", data: { ignoreCount: 100, ignoreWindow: null } },
    });
  });

  it("ignoring an issue ignored with a condition again replaces the condition", () => {
    const counted: IssueStatusState = {
      ...unresolved,
      status: "ignored",
      substatus: "archived_until_condition_met",
      statusDetails: { ignoreCount: 5, timesSeenAtIgnore: 1 },
    };
    expect(
      statusUpdate({ status: "ignored", ignore: { kind: "forever" } }, counted, now),
    ).toMatchObject({ substatus: "archived_forever", statusDetails: {} });
  });
});
