import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createTestProject, fixtureEvent, ingested, storedData } from "./helpers";

describe("grouping as users see it", () => {
  it("messages that differ only in numbers are one issue", async () => {
    const project = await createTestProject();
    const result = await processEventBatch([
      ingested(project, { message: "Order 123 failed after 250ms" }),
      ingested(project, { message: "Order 98765 failed after 12ms" }),
    ]);
    expect(result.newIssueIds).toHaveLength(1);
    const issue = await db.issue.findUniqueOrThrow({ where: { id: result.newIssueIds[0] } });
    expect(issue.timesSeen).toBe(2);
    const hash = await db.issueHash.findFirstOrThrow({ where: { issueId: issue.id } });
    expect(hash.contributingValues).toEqual({
      variant: "message",
      values: ["Order <int> failed after <duration>"],
    });
  });

  it("the same crash from two batches is one issue; a different error is another", async () => {
    const project = await createTestProject();
    const first = await processEventBatch([
      ingested(project, fixtureEvent("node-capture-exception.envelope")),
    ]);
    const second = await processEventBatch([
      ingested(project, fixtureEvent("node-capture-exception.envelope")),
      ingested(project, fixtureEvent("node-unhandled-rejection.envelope")),
    ]);
    expect(second.newIssueIds).toHaveLength(1);
    expect(await db.issue.count({ where: { projectId: project.id } })).toBe(2);
    expect(await db.issue.findUniqueOrThrow({ where: { id: first.newIssueIds[0] } })).toMatchObject(
      { timesSeen: 2 },
    );
  });
});

describe("scrubbing happens before anything is stored", () => {
  const payload = {
    message: "Login failed",
    extra: { password: "hunter2", attempt: 3 },
    tags: { session_id: "abc123", region: "eu" },
    request: {
      url: "https://app.test/login?token=s3cret",
      headers: { Authorization: "Bearer abc", Accept: "text/html" },
    },
  };

  it("filters sensitive values in the stored event, its tags and the tag counts", async () => {
    const project = await createTestProject();
    const result = await processEventBatch([ingested(project, payload)]);
    const event = await db.event.findFirstOrThrow({ where: { projectId: project.id } });
    const data = storedData(event);
    expect(data.extra).toEqual({ password: "[Filtered]", attempt: 3 });
    expect(data.request?.headers).toEqual([
      ["Authorization", "[Filtered]"],
      ["Accept", "text/html"],
    ]);
    expect(data.request?.query_string).toEqual([["token", "[Filtered]"]]);
    expect(JSON.stringify(event.data)).not.toMatch(/hunter2|s3cret|Bearer abc|abc123/);
    expect((event.tags as Array<[string, string]>).slice(0, 2)).toEqual([
      ["session_id", "[Filtered]"],
      ["region", "eu"],
    ]);
    const tagValues = await db.issueTagValue.findMany({
      where: { issueId: result.newIssueIds[0], key: "session_id" },
    });
    expect(tagValues.map((t) => t.value)).toEqual(["[Filtered]"]);
  });

  it("keeps the data when the project turned scrubbing off, except credential headers", async () => {
    const project = await createTestProject({ scrubData: false });
    await processEventBatch([ingested(project, payload)]);
    const event = await db.event.findFirstOrThrow({ where: { projectId: project.id } });
    const data = storedData(event);
    expect(data.extra).toEqual({ password: "hunter2", attempt: 3 });
    expect(data.request?.headers).toEqual([
      ["Authorization", "[Filtered]"],
      ["Accept", "text/html"],
    ]);
  });

  it("applies the project's extra field names", async () => {
    const project = await createTestProject({ scrubFields: ["attempt"] });
    await processEventBatch([ingested(project, payload)]);
    const event = await db.event.findFirstOrThrow({ where: { projectId: project.id } });
    expect(storedData(event).extra).toEqual({
      password: "[Filtered]",
      attempt: "[Filtered]",
    });
  });
});

describe("events the pipeline cannot store", () => {
  it("drops events of a project that no longer exists and stores the rest", async () => {
    const project = await createTestProject();
    const result = await processEventBatch([
      ingested({ id: 2_000_000_000 }, { message: "orphan" }),
      ingested(project, { message: "kept" }),
    ]);
    expect(result).toMatchObject({ stored: 1, discarded: 1, failed: [] });
  });
});
