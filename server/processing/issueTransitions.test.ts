import { describe, expect, it } from "vitest";
import {
  ignoreWindows,
  issueTransition,
  shouldUnignore,
  type IssueState,
} from "./issueTransitions";

const now = new Date("2026-11-23T12:00:00Z");
const ignored = (statusDetails: unknown, counts: Partial<IssueState> = {}): IssueState => ({
  status: "ignored",
  statusDetails,
  timesSeen: 10,
  userCount: 2,
  ...counts,
});

describe("shouldUnignore", () => {
  it("keeps an issue ignored forever when there is no condition", () => {
    expect(shouldUnignore(ignored({}), { events: 1000, newUsers: 50 }, now)).toBe(false);
  });

  it("brings it back once ignoreUntil has passed", () => {
    expect(
      shouldUnignore(
        ignored({ ignoreUntil: "2026-11-23T11:00:00Z" }),
        { events: 1, newUsers: 0 },
        now,
      ),
    ).toBe(true);
    expect(
      shouldUnignore(
        ignored({ ignoreUntil: "2026-11-23T13:00:00Z" }),
        { events: 1, newUsers: 0 },
        now,
      ),
    ).toBe(false);
  });

  it("counts events since the issue was ignored", () => {
    const details = { ignoreCount: 5, timesSeenAtIgnore: 10 };
    expect(shouldUnignore(ignored(details), { events: 4, newUsers: 0 }, now)).toBe(false);
    expect(shouldUnignore(ignored(details), { events: 5, newUsers: 0 }, now)).toBe(true);
    expect(
      shouldUnignore(ignored(details, { timesSeen: 13 }), { events: 2, newUsers: 0 }, now),
    ).toBe(true);
  });

  it("counts distinct users since the issue was ignored", () => {
    const details = { ignoreUserCount: 3, userCountAtIgnore: 2 };
    expect(shouldUnignore(ignored(details), { events: 9, newUsers: 2 }, now)).toBe(false);
    expect(shouldUnignore(ignored(details), { events: 1, newUsers: 3 }, now)).toBe(true);
  });

  it("with a window, counts the events or users within it, not since the ignore", () => {
    const events = { ignoreCount: 5, ignoreWindow: 60, timesSeenAtIgnore: 0 };
    const inWindow = (n: number) => ignored(events, { inWindows: { events: n } });
    // 10 events since the ignore, but only 4 within the last hour: still ignored.
    expect(shouldUnignore(inWindow(4), { events: 1, newUsers: 0 }, now)).toBe(false);
    expect(shouldUnignore(inWindow(5), { events: 1, newUsers: 0 }, now)).toBe(true);

    const users = { ignoreUserCount: 3, ignoreUserWindow: 1440, userCountAtIgnore: 0 };
    const usersInWindow = (n: number) => ignored(users, { inWindows: { users: n } });
    expect(shouldUnignore(usersInWindow(2), { events: 1, newUsers: 1 }, now)).toBe(false);
    expect(shouldUnignore(usersInWindow(3), { events: 1, newUsers: 0 }, now)).toBe(true);
  });

  it("without the window's counts, a windowed condition counts since the ignore", () => {
    const details = { ignoreCount: 5, ignoreWindow: 60, timesSeenAtIgnore: 8 };
    expect(shouldUnignore(ignored(details), { events: 2, newUsers: 0 }, now)).toBe(false);
    expect(shouldUnignore(ignored(details), { events: 3, newUsers: 0 }, now)).toBe(true);
  });

  it("does nothing for issues that are not ignored", () => {
    expect(
      shouldUnignore(
        { status: "unresolved", statusDetails: { ignoreCount: 1 }, timesSeen: 0, userCount: 0 },
        { events: 5, newUsers: 0 },
        now,
      ),
    ).toBe(false);
  });
});

describe("issueTransition", () => {
  it("reopens a resolved issue as a regression", () => {
    expect(
      issueTransition(
        { status: "resolved", statusDetails: {}, timesSeen: 3, userCount: 1 },
        { events: 1, newUsers: 0 },
        now,
      ),
    ).toEqual({ status: "unresolved", substatus: "regressed", activity: "set_regression" });
  });

  it("marks an unignored issue as escalating", () => {
    expect(
      issueTransition(
        ignored({ ignoreCount: 1, timesSeenAtIgnore: 10 }),
        { events: 1, newUsers: 0 },
        now,
      ),
    ).toEqual({ status: "unresolved", substatus: "escalating", activity: "set_unresolved" });
  });

  it("leaves unresolved issues alone", () => {
    expect(
      issueTransition(
        { status: "unresolved", statusDetails: {}, timesSeen: 3, userCount: 1 },
        { events: 1, newUsers: 0 },
        now,
      ),
    ).toBeUndefined();
  });
});

describe("ignoreWindows", () => {
  it("names the windowed conditions of an ignored issue", () => {
    expect(ignoreWindows(ignored({ ignoreCount: 100, ignoreWindow: 60 }))).toEqual({
      events: { minutes: 60, count: 100 },
    });
    expect(
      ignoreWindows(
        ignored({ ignoreCount: 5, ignoreUserCount: 2, ignoreUserWindow: 1440, ignoreWindow: null }),
      ),
    ).toEqual({ users: { minutes: 1440, count: 2 } });
  });

  it("is null without a window, or when the issue is not ignored", () => {
    expect(ignoreWindows(ignored({ ignoreCount: 100 }))).toBeNull();
    expect(ignoreWindows(ignored({ ignoreWindow: 60 }))).toBeNull();
    expect(ignoreWindows(ignored({}))).toBeNull();
    expect(
      ignoreWindows({ status: "unresolved", statusDetails: { ignoreCount: 1, ignoreWindow: 60 } }),
    ).toBeNull();
  });
});
