import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import {
  createTestProject,
  eventFixtureNames,
  fixtureEvent,
  ingested,
  storedData,
} from "./helpers";

interface Expected {
  title: string;
  culprit: string;
  level: string;
  release: string | null;
  environment: string;
  /** The thrown exception's frame count and crashing frame's function; null for no exception. */
  frames: [count: number, crashingFunction: string] | null;
  unhandled: boolean;
}

const node = { release: null, environment: "production", unhandled: false } as const;
const browser = { release: "web@2.0.0", environment: "production", level: "error" } as const;

const EXPECTED: Record<string, Expected> = {
  "node-capture-exception.envelope": {
    ...node,
    title: "TypeError: Cannot process order 123",
    culprit: "level3(probe-node)",
    level: "error",
    frames: [10, "level3"],
  },
  "node-large-gzip.envelope": {
    ...node,
    title: "TypeError: Cannot process order 999",
    culprit: "level3(probe-node)",
    level: "error",
    frames: [10, "level3"],
  },
  "node-scope-data.envelope": {
    ...node,
    title: "TypeError: Cannot process order 456",
    culprit: "level3(probe-node)",
    level: "error",
    release: "shop@1.4.2",
    environment: "staging",
    frames: [10, "level3"],
  },
  "node-uncaught-exception.envelope": {
    ...node,
    title: "TypeError: Cannot process order 789",
    culprit: "level3(probe-node)",
    level: "fatal",
    release: "shop@1.4.2",
    frames: [6, "level3"],
    unhandled: true,
  },
  "node-unhandled-rejection.envelope": {
    ...node,
    title: "Error: Job 77 rejected",
    culprit: "failingJob(probe-node)",
    level: "error",
    release: "shop@1.4.2",
    frames: [9, "failingJob"],
    unhandled: true,
  },
  "node-capture-message.envelope": {
    ...node,
    title: "Order 123 failed",
    culprit: "",
    level: "warning",
    frames: [8, "?"],
  },
  "node-message-parameterized.envelope": {
    ...node,
    title: "Order 123 failed for jane",
    culprit: "",
    level: "error",
    frames: [8, "?"],
  },
  "node-attachment.envelope": {
    ...node,
    title: "Config load failed",
    culprit: "",
    level: "info",
    frames: [8, "?"],
  },
  "node-feedback-associated-message.envelope": {
    ...node,
    title: "Checkout broken",
    culprit: "",
    level: "info",
    frames: [8, "?"],
  },
  "node-capture-non-error-object.envelope": {
    ...node,
    title: "Error: Object captured as exception with keys: code, detail",
    culprit: "",
    level: "error",
    frames: [8, "?"],
  },
  "node-capture-string.envelope": {
    ...node,
    title: "Error: plain string thrown",
    culprit: "",
    level: "error",
    frames: [8, "?"],
  },
  "browser-capture-exception.envelope": {
    ...browser,
    title: "TypeError: Cannot read properties of null (reading 'items')",
    culprit: "computeTotal(http://localhost:9377/page/app.js)",
    frames: [6, "computeTotal"],
    unhandled: false,
  },
  "browser-uncaught-error-settimeout.envelope": {
    ...browser,
    title: "Error: Uncaught browser failure 0xdeadbeef",
    culprit: "explode(http://localhost:9377/page/app.js)",
    frames: [2, "explode"],
    unhandled: true,
  },
  "browser-unhandled-rejection.envelope": {
    ...browser,
    title: "Error: Browser promise rejected",
    culprit: "window.rejection(http://localhost:9377/page/app.js)",
    frames: [4, "window.rejection"],
    unhandled: true,
  },
  "browser-onerror.envelope": {
    ...browser,
    title: "ReferenceError: undefinedFn is not defined",
    culprit: "renderWidget(<anonymous>)",
    frames: [5, "renderWidget"],
    unhandled: true,
  },
};

type StoredData = {
  exception?: { values: Array<{ stacktrace?: { frames: Array<{ function?: string }> } }> };
};

describe("every SDK fixture with an event goes through the pipeline", () => {
  it("has an expectation for each such fixture", () => {
    expect(eventFixtureNames().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s → one issue and its event", async (file, expected) => {
    const project = await createTestProject();
    const job = ingested(project, fixtureEvent(file));
    const result = await processEventBatch([job]);
    expect(result).toMatchObject({ stored: 1, duplicates: 0, failed: [], discarded: 0 });
    expect(result.newIssueIds).toHaveLength(1);

    const issue = await db.issue.findUniqueOrThrow({ where: { id: result.newIssueIds[0] } });
    expect(issue).toMatchObject({
      title: expected.title,
      culprit: expected.culprit,
      level: expected.level,
      status: "unresolved",
      substatus: "new",
      timesSeen: 1,
      shortIdNumber: 1,
      isUnhandled: expected.unhandled,
    });
    const release = issue.firstReleaseId
      ? await db.release.findUniqueOrThrow({ where: { id: issue.firstReleaseId } })
      : null;
    expect(release?.version ?? null).toBe(expected.release);

    const event = await db.event.findFirstOrThrow({ where: { issueId: issue.id } });
    expect(event.eventId.replace(/-/g, "")).toBe(job.eventId);
    expect(event).toMatchObject({
      title: expected.title,
      level: expected.level,
      release: expected.release,
      environment: expected.environment,
    });
    const tags = new Map(event.tags as Array<[string, string]>);
    expect(tags.get("level")).toBe(expected.level);
    expect(tags.get("environment")).toBe(expected.environment);
    expect(tags.get("release") ?? null).toBe(expected.release);
    expect(tags.get("handled")).toBe(expected.unhandled ? "no" : "yes");

    const data = event.data as StoredData;
    const frames = data.exception?.values.at(-1)?.stacktrace?.frames ?? [];
    expect([frames.length, frames.at(-1)?.function]).toEqual(expected.frames);

    const environment = await db.environment.findUnique({
      where: { projectId_name: { projectId: project.id, name: expected.environment } },
    });
    expect(environment).not.toBeNull();
    const activity = await db.activity.findMany({ where: { issueId: issue.id } });
    expect(activity.map((a) => a.type)).toEqual(["first_seen"]);
  });

  it("node-scope-data: user, SDK tags, contexts and breadcrumbs are stored and counted", async () => {
    const project = await createTestProject();
    const result = await processEventBatch([
      ingested(project, fixtureEvent("node-scope-data.envelope"), { clientIp: "198.51.100.4" }),
    ]);
    const issueId = result.newIssueIds[0];
    const event = await db.event.findFirstOrThrow({ where: { issueId } });
    expect(event.userKey).toBe("id:u-42");
    expect((event.tags as Array<[string, string]>).slice(0, 3)).toEqual([
      ["region", "eu-west"],
      ["feature", "checkout"],
      ["tier", "gold"],
    ]);
    const data = storedData(event);
    expect(data.user).toEqual({
      id: "u-42",
      email: "jane@example.com",
      username: "jane",
      ip_address: "198.51.100.4",
    });
    expect(data.contexts?.order).toMatchObject({ id: 123, currency: "EUR" });
    expect(data.breadcrumbs?.values).toHaveLength(2);

    const issue = await db.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue.userCount).toBe(1);
    const tagValues = await db.issueTagValue.findMany({
      where: { issueId },
      orderBy: { key: "asc" },
    });
    expect(tagValues.find((t) => t.key === "user")).toMatchObject({
      value: "id:u-42",
      timesSeen: 1,
    });
    expect(tagValues.find((t) => t.key === "tier")).toMatchObject({ value: "gold", timesSeen: 1 });
    // The app hash keys the issue; the all-frames hash points at it too (docs/grouping.md).
    const hashes = await db.issueHash.findMany({ where: { issueId }, orderBy: { id: "asc" } });
    expect(hashes.map((h) => h.hash)).toContain("c59bf6813c57d54c77d56d0c4321bb3d");
    expect(hashes).toHaveLength(2);
    expect(hashes.map((h) => (h.contributingValues as { variant: string }).variant)).toEqual([
      "salted",
      "salted",
    ]);
    const release = await db.release.findFirstOrThrow({
      where: { organizationId: project.organizationId, version: "shop@1.4.2" },
      include: { projects: true },
    });
    expect(release.firstEvent?.toISOString()).toBe(event.timestamp.toISOString());
    expect(release.projects).toEqual([
      expect.objectContaining({ projectId: project.id, newIssuesCount: 1 }),
    ]);
  });
});
