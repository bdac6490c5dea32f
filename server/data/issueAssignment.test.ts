import { describe, expect, it } from "vitest";
import type { GroupingResult } from "@/server/grouping/types";
import { assignIssues } from "./issueAssignment";
import { hashKey, type GroupedEvent } from "./types";

function event(eventId: string, grouping: GroupingResult, projectId = 1): GroupedEvent {
  return {
    projectId,
    organizationId: "org",
    eventId,
    timestamp: new Date(0),
    receivedAt: new Date(0),
    level: "error",
    platform: "node",
    environment: "production",
    title: "t",
    culprit: "",
    message: "",
    metadata: {},
    isUnhandled: false,
    tags: [],
    data: "{}",
    size: 2,
    grouping,
  };
}

const app = (hash: string, secondary?: string): GroupingResult => ({
  hash,
  variant: "app",
  values: [hash],
  ...(secondary ? { secondary: { hash: secondary, variant: "system", values: [secondary] } } : {}),
});

describe("assignIssues", () => {
  it("joins existing issues by primary, else secondary hash", () => {
    const owners = new Map([
      [hashKey(1, "a"), 10],
      [hashKey(1, "s"), 20],
    ]);
    const result = assignIssues([event("e1", app("a", "s")), event("e2", app("b", "s"))], owners);
    expect(result.issues).toEqual([{ existing: 10 }, { existing: 20 }]);
    expect(result.newIssues).toEqual([]);
    expect(result.hashLinks.map((link) => [link.hash, link.issue])).toEqual([
      ["b", { existing: 20 }],
    ]);
  });

  it("opens one issue per new hash and links both of its hashes", () => {
    const result = assignIssues(
      [event("e1", app("a", "s")), event("e2", app("a", "s")), event("e3", app("c"))],
      new Map(),
    );
    expect(result.issues).toEqual([{ created: 0 }, { created: 0 }, { created: 1 }]);
    expect(result.newIssues.map((issue) => issue.events.map((e) => e.eventId))).toEqual([
      ["e1", "e2"],
      ["e3"],
    ]);
    expect(result.hashLinks.map((link) => [link.hash, link.issue])).toEqual([
      ["a", { created: 0 }],
      ["s", { created: 0 }],
      ["c", { created: 1 }],
    ]);
    expect(result.hashLinks[1]?.contributingValues).toEqual({ variant: "system", values: ["s"] });
  });

  it("keeps an event whose primary hash is another new issue's secondary in that issue", () => {
    const result = assignIssues([event("e1", app("a", "s")), event("e2", app("s"))], new Map());
    expect(result.issues).toEqual([{ created: 0 }, { created: 0 }]);
    expect(result.newIssues).toHaveLength(1);
  });

  it("keeps projects apart even for equal hashes", () => {
    const result = assignIssues([event("e1", app("a"), 1), event("e2", app("a"), 2)], new Map());
    expect(result.newIssues.map((issue) => issue.projectId)).toEqual([1, 2]);
  });
});
