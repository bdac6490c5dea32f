import { describe, expect, it } from "vitest";
import { formatShortId, serializeIssue } from "./issueSerializer";

describe("formatShortId", () => {
  it.each([
    [1, "WEB-1"],
    [10, "WEB-A"],
    [35, "WEB-Z"],
    [36, "WEB-10"],
    [46, "WEB-1A"],
    [1295, "WEB-ZZ"],
  ])("issue %i of WEB is %s", (n, shortId) => expect(formatShortId("WEB", n)).toBe(shortId));
});

it("serializes counts and ids as strings and times as ISO, as Sentry's API does", () => {
  const seen = new Date("2026-11-23T10:00:00.000Z");
  const issue = serializeIssue(
    {
      id: 42,
      shortIdNumber: 3,
      title: "TypeError: x is undefined",
      culprit: "app.js in run",
      level: "error",
      type: "error",
      platform: "javascript",
      status: "unresolved",
      substatus: "ongoing",
      statusDetails: {},
      timesSeen: 12,
      userCount: 4,
      firstSeen: seen,
      lastSeen: seen,
      metadata: { type: "TypeError" },
      isUnhandled: true,
    },
    { id: 7, slug: "web", name: "Web", shortIdPrefix: "WEB" },
    { publicUrl: "https://faultline.example.com", orgSlug: "acme" },
  );
  expect(issue).toMatchObject({
    id: "42",
    shortId: "WEB-3",
    count: "12",
    userCount: 4,
    firstSeen: "2026-11-23T10:00:00.000Z",
    project: { id: "7", slug: "web", name: "Web" },
    permalink: "https://faultline.example.com/acme/issues/42/",
  });
});
