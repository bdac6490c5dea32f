import { beforeEach, describe, expect, it } from "vitest";
import { GET as listProjectIssues } from "@/app/api/0/projects/[org]/[project]/issues/route";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createApiToken } from "@/server/services/tokens";
import { fixtureEvent, ingested } from "./processing/helpers";
import { callerFor } from "./setup/fixtures";
import { buildStreamWorld, type StreamWorld } from "./issueStreamWorld";

/**
 * `user.email:` and `user.username:` find a user whatever field names them in the `user` tag:
 * events go through the real processing, so the tags searched are the ones ingest derives.
 */

let world: StreamWorld;
let idIssue: number;
let emailIssue: number;

/** The node SDK's scope-data event (user id u-42, jane@example.com, username jane), as of now. */
function scopeEvent(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    ...fixtureEvent("node-scope-data.envelope"),
    timestamp: Date.now() / 1000,
    ...overrides,
  };
}

beforeEach(async () => {
  world = await buildStreamWorld();
  await processEventBatch([
    ingested(world.web, scopeEvent({ fingerprint: ["known by id"] })),
    ingested(
      world.web,
      scopeEvent({ fingerprint: ["known by email"], user: { email: "bob@example.com" } }),
    ),
  ]);
  const issueOf = async (userKey: string) =>
    (await db.event.findFirstOrThrow({ where: { projectId: world.web.id, userKey } })).issueId;
  idIssue = await issueOf("id:u-42");
  emailIssue = await issueOf("email:bob@example.com");
});

async function issueIds(query: string): Promise<number[]> {
  const caller = await callerFor(world.owner);
  const page = await caller.issues.list({ orgSlug: world.orgSlug, projects: "all", query });
  return page.issues.map((issue) => issue.id).sort((a, b) => a - b);
}

describe("user.* search over processed events", () => {
  it("finds a user with an id by email and username, and one without by email", async () => {
    expect(await issueIds("user.email:jane@example.com")).toEqual([idIssue]);
    expect(await issueIds("user.username:jane")).toEqual([idIssue]);
    expect(await issueIds("user.id:u-42")).toEqual([idIssue]);
    expect(await issueIds("user.email:bob@example.com")).toEqual([emailIssue]);
    expect(await issueIds("user.email:[bob@example.com, jane@example.com]")).toEqual([
      idIssue,
      emailIssue,
    ]);
    expect(await issueIds("user.email:*@example.com")).toEqual([idIssue, emailIssue]);
    expect(await issueIds("user.email:jane*")).toEqual([idIssue]);
  });

  it("excludes by email with negation, whichever tag holds the email", async () => {
    expect(await issueIds("!user.email:jane@example.com")).toEqual([emailIssue]);
    expect(await issueIds("!user.email:bob@example.com")).toEqual([idIssue]);
    expect(await issueIds("!user.email:*@example.com")).toEqual([]);
    expect(await issueIds("!user.username:jane")).toEqual([emailIssue]);
  });

  it("finds the events in the issue's Events tab the same way", async () => {
    const caller = await callerFor(world.owner);
    const events = async (issueId: number, query: string) =>
      (await caller.issueDetail.events({ orgSlug: world.orgSlug, issueId, query })).events.length;
    expect(await events(idIssue, "user.email:jane@example.com")).toBe(1);
    expect(await events(idIssue, "user.username:jane")).toBe(1);
    expect(await events(idIssue, "!user.email:jane@example.com")).toBe(0);
    expect(await events(emailIssue, "user.email:bob@example.com")).toBe(1);
    expect(await events(emailIssue, "user.email:jane@example.com")).toBe(0);
  });

  it("answers the same through the REST list", async () => {
    const { token } = await createApiToken({
      userId: world.owner.user.id,
      name: "read",
      scope: "read",
    });
    const query = encodeURIComponent("user.email:jane@example.com");
    const response = await listProjectIssues(
      new Request(
        `http://localhost:3000/api/0/projects/${world.orgSlug}/${world.web.slug}/issues/?query=${query}`,
        { headers: { authorization: `Bearer ${token}` } },
      ),
      { params: Promise.resolve({ org: world.orgSlug, project: world.web.slug }) },
    );
    expect(response.status).toBe(200);
    const issues = (await response.json()) as Array<{ id: string }>;
    expect(issues.map((issue) => issue.id)).toEqual([String(idIssue)]);
  });

  it("suggests the emails of users known by an id and of users known by their email", async () => {
    const caller = await callerFor(world.owner);
    const values = (key: string, prefix: string) =>
      caller.issues.searchValues({ orgSlug: world.orgSlug, projects: "all", key, prefix });
    expect((await values("user.email", "")).sort()).toEqual([
      "bob@example.com",
      "jane@example.com",
    ]);
    expect(await values("user.email", "JA")).toEqual(["jane@example.com"]);
    expect(await values("user.username", "")).toEqual(["jane"]);
    const keys = await caller.issues.searchKeys({ orgSlug: world.orgSlug, projects: "all" });
    expect(keys.filter((key) => key.key === "user.email")).toEqual([
      expect.objectContaining({ kind: "builtin" }),
    ]);
  });
});
