import { beforeEach, describe, expect, it } from "vitest";
import { GET as downloadAttachment } from "@/app/api/0/issues/[id]/attachments/[attachmentId]/route";
import { db } from "@/server/db/client";
import { processEventBatch } from "@/server/processing/pipeline";
import { createApiToken } from "@/server/services/tokens";
import { fixtureEvent, ingested, randomEventId } from "./processing/helpers";
import {
  addMember,
  callerFor,
  createTestOrg,
  createTestUser,
  expectTRPCError,
  uniqueSuffix,
  type TestUser,
} from "./setup/fixtures";

/**
 * The issue page's procedures (`issueDetail.*`) over events stored by the real pipeline from
 * real SDK payloads.
 */

const MINUTE_MS = 60_000;

interface World {
  owner: TestUser;
  orgSlug: string;
  orgId: string;
  projectId: number;
  issueId: number;
  /** Undashed ids, oldest first. */
  eventIds: string[];
}

/** Sends the fixture `count` times, a minute apart, each with its own event id and tags. */
async function buildWorld(count = 3): Promise<World> {
  const owner = await createTestUser({ name: "Ada Owner" });
  const org = await createTestOrg(owner);
  const project = await db.project.create({
    data: {
      organizationId: org.id,
      name: "Shop",
      slug: `shop-${uniqueSuffix()}`,
      shortIdPrefix: "SHOP",
    },
  });
  const now = Date.now();
  const eventIds: string[] = [];
  const jobs = Array.from({ length: count }, (_, index) => {
    const payload = fixtureEvent("node-scope-data.envelope");
    const eventId = randomEventId();
    eventIds.push(eventId);
    const timestamp = (now - (count - index) * MINUTE_MS) / 1000;
    return ingested(
      { id: project.id },
      {
        ...payload,
        event_id: eventId,
        timestamp,
        environment: index === 0 ? "production" : "staging",
        tags: { ...(payload.tags as object), browser: index % 2 === 0 ? "Chrome" : "Firefox" },
      },
      { eventId, receivedAt: new Date(timestamp * 1000 + 500).toISOString() },
    );
  });
  for (const job of jobs) await processEventBatch([job]);
  const issue = await db.issue.findFirstOrThrow({ where: { projectId: project.id } });
  return {
    owner,
    orgSlug: org.slug,
    orgId: org.id,
    projectId: project.id,
    issueId: issue.id,
    eventIds,
  };
}

let world: World;

beforeEach(async () => {
  world = await buildWorld();
});

async function ownerApi() {
  return callerFor(world.owner);
}

describe("issueDetail.get", () => {
  it("gives the header: short id, counts, releases and both graphs from the hourly rollup", async () => {
    const api = await ownerApi();
    const header = await api.issueDetail.get({ orgSlug: world.orgSlug, issueId: world.issueId });
    expect(header).toMatchObject({
      id: world.issueId,
      shortId: "SHOP-1",
      status: "unresolved",
      count: 3,
      userCount: 1,
      assignee: null,
      firstRelease: { version: "shop@1.4.2" },
      lastRelease: { version: "shop@1.4.2" },
      project: { id: world.projectId, name: "Shop" },
      metadata: { type: "TypeError" },
      numComments: 0,
      userReportCount: 0,
    });
    expect(header.stats24h).toHaveLength(24);
    expect(header.stats30d).toHaveLength(30);
    expect(header.stats24h.reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(header.stats30d.reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(header.permalink).toMatch(new RegExp(`/${world.orgSlug}/issues/${world.issueId}$`));
  });

  it("is NOT_FOUND for a member of another organization, through either organization", async () => {
    const stranger = await createTestUser();
    const strangerOrg = await createTestOrg(stranger);
    const api = await callerFor(stranger);
    await expectTRPCError(
      api.issueDetail.get({ orgSlug: strangerOrg.slug, issueId: world.issueId }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      api.issueDetail.get({ orgSlug: world.orgSlug, issueId: world.issueId }),
      "NOT_FOUND",
    );
    const other = { orgSlug: strangerOrg.slug, issueId: world.issueId };
    for (const call of [
      () => api.issueDetail.event({ ...other, eventId: "latest" }),
      () => api.issueDetail.events(other),
      () => api.issueDetail.tags(other),
      () => api.issueDetail.activity(other),
      () => api.issueDetail.feedback(other),
      () => api.issueDetail.grouping(other),
      () => api.issueDetail.addComment({ ...other, text: "hi" }),
    ]) {
      await expectTRPCError(call(), "NOT_FOUND");
    }
    expect(await db.activity.count({ where: { issueId: world.issueId, type: "note" } })).toBe(0);
  });

  it("is NOT_FOUND for an issue that does not exist and BAD_REQUEST for a malformed id", async () => {
    const api = await ownerApi();
    await expectTRPCError(
      api.issueDetail.get({ orgSlug: world.orgSlug, issueId: 2_000_000_000 }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      api.issueDetail.get({ orgSlug: world.orgSlug, issueId: -1 }),
      "BAD_REQUEST",
    );
  });
});

describe("issueDetail.event", () => {
  it("walks from the latest event to the oldest and back with previous/next ids", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };
    const [oldest, middle, latest] = world.eventIds;
    const newest = await api.issueDetail.event({ ...input, eventId: "latest" });
    expect(newest).toMatchObject({
      id: latest,
      previousEventId: middle,
      nextEventId: null,
      oldestEventId: oldest,
      latestEventId: latest,
      release: "shop@1.4.2",
      environment: "staging",
    });
    const before = await api.issueDetail.event({ ...input, eventId: newest.previousEventId! });
    expect(before).toMatchObject({ id: middle, previousEventId: oldest, nextEventId: latest });
    const first = await api.issueDetail.event({ ...input, eventId: "oldest" });
    expect(first).toMatchObject({ id: oldest, previousEventId: null, nextEventId: middle });
  });

  it("gives the event's interfaces ready to show, the raw payload and its attachments", async () => {
    const api = await ownerApi();
    const [eventId] = world.eventIds;
    await db.eventAttachment.create({
      data: {
        projectId: world.projectId,
        eventId: dashed(eventId!),
        name: "config.json",
        contentType: "application/json",
        size: 2,
        data: Buffer.from("{}"),
      },
    });
    const event = await api.issueDetail.event({
      orgSlug: world.orgSlug,
      issueId: world.issueId,
      eventId: eventId!,
    });
    expect(event.view.exceptions[0]).toMatchObject({
      type: "TypeError",
      value: "Cannot process order 456",
    });
    expect(event.view.breadcrumbs.map((crumb) => crumb.category)).toEqual(["auth", "http"]);
    expect(event.tags).toContainEqual(["browser", "Chrome"]);
    expect(event.raw).toMatchObject({ release: "shop@1.4.2" });
    expect(event.attachments).toEqual([
      {
        id: expect.any(String),
        name: "config.json",
        contentType: "application/json",
        type: "event.attachment",
        size: 2,
      },
    ]);
  });

  it("is NOT_FOUND for an event of another issue and BAD_REQUEST for a malformed id", async () => {
    const api = await ownerApi();
    const other = await buildWorld(1);
    await expectTRPCError(
      api.issueDetail.event({
        orgSlug: world.orgSlug,
        issueId: world.issueId,
        eventId: other.eventIds[0]!,
      }),
      "NOT_FOUND",
    );
    await expectTRPCError(
      api.issueDetail.event({
        orgSlug: world.orgSlug,
        issueId: world.issueId,
        eventId: "<script>",
      }),
      "BAD_REQUEST",
    );
  });
});

function dashed(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe("issueDetail.events", () => {
  it("lists newest first and searches by text, tag, negated tag and environment", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };
    const [oldest, middle, latest] = world.eventIds;
    const all = await api.issueDetail.events(input);
    expect(all.events.map((event) => event.id)).toEqual([latest, middle, oldest]);
    expect(all.events[0]).toMatchObject({
      release: "shop@1.4.2",
      environment: "staging",
      user: expect.any(String),
      title: expect.stringContaining("TypeError"),
    });
    const search = async (query: string, extra: { environment?: string } = {}) =>
      (await api.issueDetail.events({ ...input, query, ...extra })).events.map((event) => event.id);
    expect(await search("browser:Chrome")).toEqual([latest, oldest]);
    expect(await search('!browser:"Chrome"')).toEqual([middle]);
    expect(await search("environment:production")).toEqual([oldest]);
    expect(await search("", { environment: "staging" })).toEqual([latest, middle]);
    expect(await search("cannot process")).toEqual([latest, middle, oldest]);
    expect(await search("no such words")).toEqual([]);
    expect(await search("browser:Safari")).toEqual([]);
    expect(await search("browser:Chrome environment:production")).toEqual([oldest]);
    expect(await search("browser:Firefox", { environment: "production" })).toEqual([]);
  });

  it("pages with a cursor, each event once", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId, limit: 2 };
    const first = await api.issueDetail.events(input);
    expect(first.events).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await api.issueDetail.events({ ...input, cursor: first.nextCursor });
    expect([...first.events, ...second.events].map((event) => event.id)).toEqual(
      [...world.eventIds].reverse(),
    );
    expect(second.nextCursor).toBeNull();
    await expectTRPCError(api.issueDetail.events({ ...input, cursor: "nonsense" }), "BAD_REQUEST");
  });
});

describe("issueDetail.tags", () => {
  it("gives each key's top values with counts and their share of the issue's events", async () => {
    const api = await ownerApi();
    const tags = await api.issueDetail.tags({ orgSlug: world.orgSlug, issueId: world.issueId });
    expect(tags.eventCount).toBe(3);
    const browser = tags.keys.find((key) => key.key === "browser");
    expect(browser).toMatchObject({ count: 3, uniqueValues: 2 });
    expect(browser?.topValues.map((value) => [value.value, value.count])).toEqual([
      ["Chrome", 2],
      ["Firefox", 1],
    ]);
    expect(browser?.topValues[0]?.percent).toBeCloseTo(66.67, 1);
  });
});

describe("comments and activity", () => {
  it("adds a comment, lists it newest first with its author, and counts it in the header", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };
    const comment = await api.issueDetail.addComment({ ...input, text: "  **Looking** into it  " });
    expect(comment).toMatchObject({ type: "note", data: { text: "**Looking** into it" } });
    const activity = await api.issueDetail.activity(input);
    expect(activity.items[0]).toMatchObject({
      id: comment.id,
      type: "note",
      user: { id: world.owner.user.id, name: "Ada Owner" },
    });
    expect(activity.items.map((item) => item.type)).toContain("first_seen");
    expect((await api.issueDetail.get(input)).numComments).toBe(1);
  });

  it("refuses empty and over-long comments", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };
    await expectTRPCError(api.issueDetail.addComment({ ...input, text: "   " }), "BAD_REQUEST");
    await expectTRPCError(
      api.issueDetail.addComment({ ...input, text: "x".repeat(10_001) }),
      "BAD_REQUEST",
    );
    expect((await api.issueDetail.addComment({ ...input, text: "x".repeat(10_000) })).type).toBe(
      "note",
    );
  });

  it("lets only the author edit, and the author or an admin delete", async () => {
    const owner = await ownerApi();
    const member = await createTestUser({ name: "Mo Member" });
    const admin = await createTestUser({ name: "Al Admin" });
    await addMember(world.orgId, member, "member");
    await addMember(world.orgId, admin, "admin");
    const memberApi = await callerFor(member);
    const adminApi = await callerFor(admin);
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };

    const mine = await memberApi.issueDetail.addComment({ ...input, text: "first draft" });
    await expectTRPCError(
      owner.issueDetail.editComment({ ...input, activityId: mine.id, text: "hijacked" }),
      "FORBIDDEN",
    );
    const edited = await memberApi.issueDetail.editComment({
      ...input,
      activityId: mine.id,
      text: "second draft",
    });
    expect(edited.data).toMatchObject({ text: "second draft", editedAt: expect.any(String) });

    const ownersNote = await owner.issueDetail.addComment({ ...input, text: "owner's note" });
    await expectTRPCError(
      memberApi.issueDetail.deleteComment({ ...input, activityId: ownersNote.id }),
      "FORBIDDEN",
    );
    await memberApi.issueDetail.deleteComment({ ...input, activityId: mine.id });
    await adminApi.issueDetail.deleteComment({ ...input, activityId: ownersNote.id });
    const texts = (await owner.issueDetail.activity(input)).items.filter((i) => i.type === "note");
    expect(texts).toEqual([]);

    const firstSeen = await db.activity.findFirstOrThrow({
      where: { issueId: world.issueId, type: "first_seen" },
    });
    await expectTRPCError(
      adminApi.issueDetail.deleteComment({ ...input, activityId: String(firstSeen.id) }),
      "NOT_FOUND",
    );
  });

  it("cannot touch a comment through another issue", async () => {
    const api = await ownerApi();
    const comment = await api.issueDetail.addComment({
      orgSlug: world.orgSlug,
      issueId: world.issueId,
      text: "here",
    });
    const other = await buildWorld(1);
    const otherApi = await callerFor(other.owner);
    await expectTRPCError(
      otherApi.issueDetail.deleteComment({
        orgSlug: other.orgSlug,
        issueId: other.issueId,
        activityId: comment.id,
      }),
      "NOT_FOUND",
    );
  });

  it("pages through activity by cursor", async () => {
    const api = await ownerApi();
    const input = { orgSlug: world.orgSlug, issueId: world.issueId };
    for (const text of ["one", "two", "three"])
      await api.issueDetail.addComment({ ...input, text });
    const first = await api.issueDetail.activity({ ...input, limit: 2 });
    expect(first.items.map((item) => item.data.text)).toEqual(["three", "two"]);
    const rest = await api.issueDetail.activity({ ...input, limit: 2, cursor: first.nextCursor });
    expect(rest.items.map((item) => item.data.text ?? item.type)).toEqual(["one", "first_seen"]);
    expect(rest.nextCursor).toBeNull();
  });
});

describe("feedback and grouping", () => {
  it("lists the issue's user feedback, newest first", async () => {
    const api = await ownerApi();
    await db.userFeedback.create({
      data: {
        projectId: world.projectId,
        issueId: world.issueId,
        eventId: dashed(world.eventIds[0]!),
        name: "Jane",
        email: "jane@example.com",
        comments: "Checkout broke when I paid",
      },
    });
    const feedback = await api.issueDetail.feedback({
      orgSlug: world.orgSlug,
      issueId: world.issueId,
    });
    expect(feedback).toEqual([
      expect.objectContaining({
        name: "Jane",
        comments: "Checkout broke when I paid",
        eventId: world.eventIds[0],
      }),
    ]);
    expect(
      (await api.issueDetail.get({ orgSlug: world.orgSlug, issueId: world.issueId }))
        .userReportCount,
    ).toBe(1);
  });

  it("shows the grouping hashes with what contributed to them", async () => {
    const api = await ownerApi();
    const hashes = await api.issueDetail.grouping({
      orgSlug: world.orgSlug,
      issueId: world.issueId,
    });
    // One hash per grouping variant (in-app frames and all frames), each explainable.
    expect(hashes.length).toBeGreaterThanOrEqual(1);
    for (const hash of hashes) {
      expect(hash.hash).toMatch(/^[0-9a-f]{32}$/);
      expect(hash.variant).toEqual(expect.any(String));
      expect(hash.values).toContain("payment-gateway");
    }
  });
});

describe("attachment download", () => {
  async function storeAttachment(name: string, contentType: string, body: string) {
    const row = await db.eventAttachment.create({
      data: {
        projectId: world.projectId,
        eventId: dashed(world.eventIds[0]!),
        name,
        contentType,
        size: Buffer.byteLength(body),
        data: Buffer.from(body),
      },
    });
    return String(row.id);
  }

  function download(issueId: number | string, attachmentId: string, headers: HeadersInit) {
    return downloadAttachment(
      new Request(`http://localhost/api/0/issues/${issueId}/attachments/${attachmentId}/`, {
        headers,
      }),
      { params: Promise.resolve({ id: String(issueId), attachmentId }) },
    );
  }

  it("downloads with the session cookie or a token, never as a page a browser would run", async () => {
    const body = "<script>window.__xss=1</script>";
    const id = await storeAttachment("report.html", "text/html", body);
    const bySession = await download(world.issueId, id, world.owner.headers);
    expect(bySession.status).toBe(200);
    expect(await bySession.text()).toBe(body);
    expect(bySession.headers.get("content-type")).toBe("application/octet-stream");
    expect(bySession.headers.get("content-disposition")).toMatch(
      /^attachment; filename="report.html"/,
    );
    expect(bySession.headers.get("x-content-type-options")).toBe("nosniff");

    const { token } = await createApiToken({
      userId: world.owner.user.id,
      name: "t",
      scope: "read",
    });
    const byToken = await download(world.issueId, id, { authorization: `Bearer ${token}` });
    expect(byToken.status).toBe(200);

    const text = await storeAttachment("log.txt", "text/plain", "plain words");
    expect(
      (await download(world.issueId, text, world.owner.headers)).headers.get("content-type"),
    ).toBe("text/plain; charset=utf-8");
  });

  it("is 404 for another organization's member or token, another issue, and 401 anonymous", async () => {
    const id = await storeAttachment("config.json", "application/json", "{}");
    const stranger = await createTestUser();
    await createTestOrg(stranger);
    expect((await download(world.issueId, id, stranger.headers)).status).toBe(404);
    const { token } = await createApiToken({ userId: stranger.user.id, name: "t", scope: "read" });
    expect((await download(world.issueId, id, { authorization: `Bearer ${token}` })).status).toBe(
      404,
    );

    const other = await buildWorld(1);
    const otherOwnerOwnIssue = await download(other.issueId, id, other.owner.headers);
    expect(otherOwnerOwnIssue.status).toBe(404);
    expect((await download(world.issueId, "999999999", world.owner.headers)).status).toBe(404);
    expect((await download(world.issueId, "abc", world.owner.headers)).status).toBe(404);
    expect((await download(world.issueId, id, {})).status).toBe(401);
  });
});
