import { describe, expect, it } from "vitest";
import { parseAssignedTo, planSentryUpdate } from "./sentryIssueUpdate";

describe("planSentryUpdate", () => {
  it("maps Sentry's ignore details to one ignore condition", () => {
    expect(planSentryUpdate({ status: "ignored" })).toEqual({
      ok: true,
      plan: { merge: false, status: { status: "ignored", ignore: { kind: "forever" } } },
    });
    expect(
      planSentryUpdate({ status: "ignored", statusDetails: { ignoreDuration: 30 } }),
    ).toMatchObject({ plan: { status: { ignore: { kind: "duration", minutes: 30 } } } });
    expect(
      planSentryUpdate({ status: "ignored", statusDetails: { ignoreCount: 10, ignoreWindow: 60 } }),
    ).toMatchObject({
      plan: { status: { ignore: { kind: "count", count: 10, windowMinutes: 60 } } },
    });
    expect(planSentryUpdate({ statusDetails: { ignoreUserCount: 5 } })).toMatchObject({
      plan: { status: { status: "ignored", ignore: { kind: "users", users: 5 } } },
    });
  });

  it("takes inbox: false as Mark Reviewed, and assignedTo in each of Sentry's forms", () => {
    expect(planSentryUpdate({ inbox: false })).toMatchObject({ plan: { isReviewed: true } });
    expect(planSentryUpdate({ assignedTo: "" })).toMatchObject({ plan: { assignedTo: null } });
    expect(parseAssignedTo("team:abc")).toEqual({ ref: { type: "team", id: "abc" } });
    expect(parseAssignedTo("user:u1")).toEqual({ ref: { type: "user", id: "u1" } });
    expect(parseAssignedTo("dev@example.com")).toEqual({ email: "dev@example.com" });
    expect(parseAssignedTo("not valid!")).toBeUndefined();
  });

  it("refuses what it cannot apply, with the reason", () => {
    expect(planSentryUpdate({ status: "closed" })).toMatchObject({ ok: false });
    expect(
      planSentryUpdate({ status: "ignored", statusDetails: { ignoreCount: 0 } }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("statusDetails.ignoreCount"),
    });
    expect(
      planSentryUpdate({
        status: "ignored",
        statusDetails: { ignoreCount: 3, ignoreDuration: 30 },
      }),
    ).toMatchObject({
      ok: false,
      message: "Give one of ignoreDuration, ignoreCount or ignoreUserCount",
    });
    expect(planSentryUpdate({ merge: 1, status: "resolved" })).toMatchObject({
      ok: false,
      message: "merge cannot be combined with other changes",
    });
    expect(
      planSentryUpdate({ status: "resolved", statusDetails: { inNextRelease: true } }),
    ).toMatchObject({ ok: false });
    expect(planSentryUpdate("resolved")).toMatchObject({ ok: false });
  });
});
