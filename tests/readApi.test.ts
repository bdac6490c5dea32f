import { beforeEach, describe, expect, it } from "vitest";
import { GET as getIssue } from "@/app/api/0/issues/[id]/route";
import { GET as getEvent } from "@/app/api/0/issues/[id]/events/[eventId]/route";
import { GET as listEvents } from "@/app/api/0/issues/[id]/events/route";
import { db } from "@/server/db/client";
import { normalizeEvent } from "@/server/processing/normalize";
import { userKey } from "@/server/processing/user";
import { createApiToken } from "@/server/services/tokens";
import { fixtureEvent, ingested, randomEventId } from "./processing/helpers";
import {
  addMember,
  createTestOrg,
  createTestUser,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

const BASE = "http://localhost:3000/api/0/issues";
const HOUR_MS = 3_600_000;

interface World {
  owner: TestUser;
  orgId: string;
  projectId: number;
  projectSlug: string;
  token: string;
}

async function buildWorld(): Promise<World> {
  const owner = await createTestUser();
  const org = await createTestOrg(owner);
  const projectSlug = `web-${uniqueSuffix()}`;
  const project = await db.project.create({
    data: { organizationId: org.id, name: "Web", slug: projectSlug, shortIdPrefix: "WEB" },
  });
  const { token } = await createApiToken({ userId: owner.user.id, name: "read", scope: "read" });
  return { owner, orgId: org.id, projectId: project.id, projectSlug, token };
}

let world: World;

beforeEach(async () => {
  world = await buildWorld();
});

async function createIssue(
  projectId: number,
  overrides: { title?: string; shortIdNumber?: number } = {},
) {
  const now = new Date();
  return db.issue.create({
    data: {
      projectId,
      shortIdNumber: overrides.shortIdNumber ?? 1,
      title: overrides.title ?? "TypeError: Cannot read properties of null (reading 'items')",
      culprit: "renderCart(app/cart)",
      level: "error",
      platform: "javascript",
      metadata: { type: "TypeError", value: "Cannot read properties of null (reading 'items')" },
      firstSeen: new Date(now.getTime() - 5 * HOUR_MS),
      lastSeen: now,
      timesSeen: 1234,
      userCount: 7,
    },
  });
}

/** Stores one real SDK payload (normalized as the worker does) as an event of the issue. */
async function storeEvent(
  issue: { id: number; projectId: number },
  fixture: string,
  timestamp: Date,
) {
  const job = ingested({ id: issue.projectId }, fixtureEvent(fixture), {
    eventId: randomEventId(),
    receivedAt: new Date(timestamp.getTime() + 1500).toISOString(),
  });
  const data = { ...normalizeEvent(job), timestamp: timestamp.getTime() / 1000 };
  const exception = data.exception?.values[0];
  await db.event.create({
    data: {
      projectId: issue.projectId,
      issueId: issue.id,
      eventId: job.eventId,
      timestamp,
      receivedAt: new Date(job.receivedAt),
      level: data.level,
      platform: data.platform,
      title:
        exception?.type === undefined
          ? (data.logentry?.formatted ?? "")
          : `${String(exception.type)}: ${String(exception.value)}`,
      message: data.logentry?.formatted ?? "",
      release: data.release ?? null,
      environment: data.environment,
      userKey: userKey(data.user) ?? null,
      tags: data.tags,
      data: JSON.parse(JSON.stringify(data)),
    },
  });
  return job.eventId;
}

function call<P>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  url: string,
  params: P,
  token: string | null,
): Promise<Response> {
  const headers = token === null ? undefined : { authorization: `Bearer ${token}` };
  return handler(new Request(url, { headers }), { params: Promise.resolve(params) });
}

const issueRoute = (id: number | string, token: string | null, slash = "/") =>
  call(getIssue, `${BASE}/${id}${slash}`, { id: String(id) }, token);
const eventsRoute = (id: number | string, token: string | null, query = "") =>
  call(listEvents, `${BASE}/${id}/events/${query}`, { id: String(id) }, token);
const eventRoute = (id: number | string, eventId: string, token: string | null) =>
  call(getEvent, `${BASE}/${id}/events/${eventId}/`, { id: String(id), eventId }, token);

/** Every route of the read API for one issue, as a token would call them. */
function everyRoute(issueId: number, eventId: string, token: string | null) {
  return [
    issueRoute(issueId, token),
    issueRoute(issueId, token, ""),
    eventsRoute(issueId, token),
    eventRoute(issueId, "latest", token),
    eventRoute(issueId, "oldest", token),
    eventRoute(issueId, eventId, token),
  ];
}

interface LinkPart {
  url: string;
  rel: string;
  results: boolean;
  cursor: string;
}

function parseLink(header: string | null): Record<string, LinkPart> {
  const parts: Record<string, LinkPart> = {};
  for (const part of (header ?? "").split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>; rel="(\w+)"; results="(true|false)"; cursor="([^"]+)"$/.exec(part);
    if (match === null) throw new Error(`malformed Link part: ${part}`);
    const [, url = "", rel = "", results = "", cursor = ""] = match;
    parts[rel] = { url, rel, results: results === "true", cursor };
  }
  return parts;
}

describe("access to /api/0/issues/{id}/…", () => {
  it("answers 401 without a token or with an unknown one, before revealing anything", async () => {
    const issue = await createIssue(world.projectId);
    const eventId = await storeEvent(issue, "node-capture-exception.envelope", new Date());
    for (const token of [null, `flt_${"0".repeat(64)}`, "garbage"]) {
      for (const response of await Promise.all(everyRoute(issue.id, eventId, token))) {
        expect(response.status).toBe(401);
      }
    }
    expect((await issueRoute(2_000_000_000, null)).status).toBe(401);
  });

  it("answers 404 to a member of another organization on every route", async () => {
    const issue = await createIssue(world.projectId);
    const eventId = await storeEvent(issue, "node-capture-exception.envelope", new Date());
    const other = await buildWorld();
    for (const response of await Promise.all(everyRoute(issue.id, eventId, other.token))) {
      expect(response.status).toBe(404);
      expect(await response.json()).toHaveProperty("detail");
    }
  });

  it("answers 404 to a token limited to another organization, even when its user is a member", async () => {
    const issue = await createIssue(world.projectId);
    const eventId = await storeEvent(issue, "node-capture-exception.envelope", new Date());
    const otherOrg = await createTestOrg(world.owner, "Elsewhere");
    const scoped = await createApiToken({
      userId: world.owner.user.id,
      name: "elsewhere only",
      scope: "read",
      organizationId: otherOrg.id,
    });
    for (const response of await Promise.all(everyRoute(issue.id, eventId, scoped.token))) {
      expect(response.status).toBe(404);
    }
    const sameOrg = await createApiToken({
      userId: world.owner.user.id,
      name: "this org",
      scope: "read",
      organizationId: world.orgId,
    });
    for (const response of await Promise.all(everyRoute(issue.id, eventId, sameOrg.token))) {
      expect(response.status).toBe(200);
    }
  });

  it("lets a plain member read, and answers 404 for missing issues, malformed ids and foreign events", async () => {
    const issue = await createIssue(world.projectId);
    await storeEvent(issue, "node-capture-exception.envelope", new Date());
    const member = await createTestUser();
    await addMember(world.orgId, member, "member");
    const { token } = await createApiToken({ userId: member.user.id, name: "m", scope: "read" });
    expect((await issueRoute(issue.id, token)).status).toBe(200);
    expect((await issueRoute(2_000_000_000, token)).status).toBe(404);
    expect((await issueRoute("99999999999", token)).status).toBe(404);
    expect((await issueRoute("abc", token)).status).toBe(404);

    const sibling = await createIssue(world.projectId, { shortIdNumber: 2 });
    const siblingEvent = await storeEvent(sibling, "node-capture-message.envelope", new Date());
    expect((await eventRoute(issue.id, siblingEvent, token)).status).toBe(404);
    expect((await eventRoute(issue.id, "not-an-id", token)).status).toBe(404);
    expect((await eventsRoute(issue.id, token, "?cursor=bogus")).status).toBe(400);
  });
});

describe("GET /api/0/issues/{id}/", () => {
  it("returns the issue in Sentry's shape with releases, assignee, tags and 24h stats", async () => {
    const issue = await createIssue(world.projectId);
    const [first, last] = await Promise.all(
      ["web@1.0.0", "web@2.0.0"].map((version) =>
        db.release.create({
          data: { organizationId: world.orgId, version: `${version}-${uniqueSuffix()}` },
        }),
      ),
    );
    await db.issue.update({
      where: { id: issue.id },
      data: {
        firstReleaseId: first!.id,
        lastReleaseId: last!.id,
        assigneeUserId: world.owner.user.id,
        shortIdNumber: 42,
      },
    });
    const seen = {
      projectId: world.projectId,
      issueId: issue.id,
      firstSeen: new Date(),
      lastSeen: new Date(),
    };
    await db.issueTagValue.createMany({
      data: [
        { ...seen, key: "browser", value: "Chrome 120", timesSeen: 900 },
        { ...seen, key: "browser", value: "Firefox 121", timesSeen: 300 },
        { ...seen, key: "environment", value: "production", timesSeen: 1234 },
      ],
    });
    const currentHour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
    await db.issueStatsHourly.createMany({
      data: [
        { issueId: issue.id, projectId: world.projectId, hour: new Date(currentHour), count: 5 },
        {
          issueId: issue.id,
          projectId: world.projectId,
          hour: new Date(currentHour - 3 * HOUR_MS),
          count: 2,
        },
        // Older than 24 hours: not in the graph.
        {
          issueId: issue.id,
          projectId: world.projectId,
          hour: new Date(currentHour - 30 * HOUR_MS),
          count: 99,
        },
      ],
    });

    const response = await issueRoute(issue.id, world.token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      id: String(issue.id),
      shortId: "WEB-16",
      title: issue.title,
      culprit: "renderCart(app/cart)",
      level: "error",
      status: "unresolved",
      count: "1234",
      userCount: 7,
      metadata: { type: "TypeError" },
      project: { id: String(world.projectId), slug: world.projectSlug, name: "Web" },
      firstRelease: { version: first!.version },
      lastRelease: { version: last!.version },
      assignedTo: { type: "user", id: world.owner.user.id, email: world.owner.email },
      isBookmarked: false,
      numComments: 0,
      userReportCount: 0,
    });
    expect(body.tags.map((tag: { key: string }) => tag.key)).toEqual(["environment", "browser"]);
    expect(body.tags[1]).toMatchObject({
      key: "browser",
      totalValues: 1200,
      topValues: [
        { value: "Chrome 120", count: 900 },
        { value: "Firefox 121", count: 300 },
      ],
    });
    const stats: [number, number][] = body.stats["24h"];
    expect(stats).toHaveLength(24);
    expect(stats.at(-1)).toEqual([currentHour / 1000, 5]);
    expect(stats.at(-4)).toEqual([(currentHour - 3 * HOUR_MS) / 1000, 2]);
    expect(stats.reduce((sum, [, count]) => sum + count, 0)).toBe(7);
  });
});

describe("GET /api/0/issues/{id}/events/", () => {
  it("returns events newest first with Sentry's fields and entries built from the payload", async () => {
    const issue = await createIssue(world.projectId);
    const now = Date.now();
    const older = await storeEvent(issue, "node-capture-message.envelope", new Date(now - 60_000));
    const newer = await storeEvent(issue, "browser-capture-exception.envelope", new Date(now));

    const response = await eventsRoute(issue.id, world.token);
    expect(response.status).toBe(200);
    const events = await response.json();
    expect(events.map((event: { eventID: string }) => event.eventID)).toEqual([newer, older]);

    const [exceptionEvent, messageEvent] = events;
    expect(exceptionEvent).toMatchObject({
      id: newer,
      eventID: newer,
      groupID: String(issue.id),
      projectID: String(world.projectId),
      type: "error",
      platform: "javascript",
      dateCreated: new Date(now).toISOString(),
      dateReceived: new Date(now + 1500).toISOString(),
      title: "TypeError: Cannot read properties of null (reading 'items')",
      environment: "production",
      release: { version: "web@2.0.0" },
      sdk: { name: "sentry.javascript.browser" },
    });
    expect(exceptionEvent.eventID).toMatch(/^[0-9a-f]{32}$/);
    expect(exceptionEvent.tags).toContainEqual({ key: "environment", value: "production" });
    expect(exceptionEvent.tags).toContainEqual({ key: "release", value: "web@2.0.0" });
    expect(exceptionEvent.contexts).toHaveProperty("browser");

    const types = exceptionEvent.entries.map((entry: { type: string }) => entry.type);
    expect(types).toContain("exception");
    expect(types).toContain("request");
    const exception = exceptionEvent.entries.find(
      (entry: { type: string }) => entry.type === "exception",
    );
    expect(exception.data.values[0]).toMatchObject({
      type: "TypeError",
      value: "Cannot read properties of null (reading 'items')",
    });
    expect(exception.data.values[0].stacktrace.frames.length).toBeGreaterThan(0);
    const request = exceptionEvent.entries.find(
      (entry: { type: string }) => entry.type === "request",
    );
    expect(request.data.url).toMatch(/^https?:\/\//);
    expect(Array.isArray(request.data.headers)).toBe(true);

    // captureMessage with attachStacktrace: a message entry first, then the synthetic exception.
    expect(messageEvent.entries[0].type).toBe("message");
    const message = messageEvent.entries.find(
      (entry: { type: string }) => entry.type === "message",
    );
    expect(message.data.formatted).toBe(messageEvent.message);
    expect(messageEvent.message).not.toBe("");
  });

  it("pages through every event exactly once, newest first, following Link cursors both ways", async () => {
    const issue = await createIssue(world.projectId);
    const base = Date.now() - 3_600_000;
    // Pairs share a timestamp so the (timestamp, id) tie-break is exercised.
    const stored: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      stored.push(
        await storeEvent(
          issue,
          "node-capture-exception.envelope",
          new Date(base + Math.floor(i / 2) * 1000),
        ),
      );
    }
    const other = await createIssue(world.projectId, { shortIdNumber: 2 });
    await storeEvent(other, "node-capture-exception.envelope", new Date(base));

    const pages: string[][] = [];
    let query = "?limit=5";
    let link: Record<string, LinkPart> = {};
    for (let guard = 0; guard < 10; guard += 1) {
      const response = await eventsRoute(issue.id, world.token, query);
      expect(response.status).toBe(200);
      pages.push((await response.json()).map((event: { eventID: string }) => event.eventID));
      link = parseLink(response.headers.get("link"));
      if (pages.length === 1) expect(link.previous!.results).toBe(false);
      if (!link.next!.results) break;
      query = new URL(link.next!.url).search;
    }
    expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
    const seen = pages.flat();
    expect(new Set(seen).size).toBe(23);
    expect(new Set(seen)).toEqual(new Set(stored));

    const rows = await db.event.findMany({
      where: { issueId: issue.id },
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(rows.map((row) => row.eventId.replaceAll("-", "")));

    // Back from the last page: the previous page is the fourth again.
    expect(link.previous!.results).toBe(true);
    const back = await eventsRoute(issue.id, world.token, new URL(link.previous!.url).search);
    expect((await back.json()).map((event: { eventID: string }) => event.eventID)).toEqual(
      pages[3],
    );
  });

  it("answers an issue without events with an empty page and no further pages", async () => {
    const issue = await createIssue(world.projectId);
    const response = await eventsRoute(issue.id, world.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    const link = parseLink(response.headers.get("link"));
    expect(link.next!.results).toBe(false);
    expect(link.previous!.results).toBe(false);
  });

  it("caps limit at 100", async () => {
    const issue = await createIssue(world.projectId);
    await storeEvent(issue, "node-capture-exception.envelope", new Date());
    const template = await db.event.findFirstOrThrow({ where: { issueId: issue.id } });
    const { id: _id, eventId: _eventId, ...columns } = template;
    await db.event.createMany({
      data: Array.from({ length: 104 }, (_, i) => ({
        ...columns,
        tags: columns.tags ?? [],
        data: columns.data ?? {},
        eventId: randomEventId(),
        timestamp: new Date(template.timestamp.getTime() - (i + 1) * 1000),
      })),
    });
    const response = await eventsRoute(issue.id, world.token, "?limit=1000");
    expect(await response.json()).toHaveLength(100);
    expect(parseLink(response.headers.get("link")).next!.results).toBe(true);
  });
});

describe("GET /api/0/issues/{id}/events/{event_id|latest|oldest}/", () => {
  it("returns one event with its neighbours' ids", async () => {
    const issue = await createIssue(world.projectId);
    const now = Date.now();
    const ids = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(
        await storeEvent(issue, "node-capture-exception.envelope", new Date(now - (3 - i) * 1000)),
      );
    }
    const [oldest, middle, latest] = ids;

    const latestBody = await (await eventRoute(issue.id, "latest", world.token)).json();
    expect(latestBody).toMatchObject({
      eventID: latest,
      previousEventID: middle,
      nextEventID: null,
    });
    const oldestBody = await (await eventRoute(issue.id, "oldest", world.token)).json();
    expect(oldestBody).toMatchObject({
      eventID: oldest,
      previousEventID: null,
      nextEventID: middle,
    });

    const dashed = middle!.replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
    for (const id of [middle!, middle!.toUpperCase(), dashed]) {
      const response = await eventRoute(issue.id, id, world.token);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        eventID: middle,
        previousEventID: oldest,
        nextEventID: latest,
        groupID: String(issue.id),
      });
    }
  });
});
