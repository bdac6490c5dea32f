import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { callerFor } from "./setup/fixtures";
import { buildStreamWorld, seedIssue, type StreamWorld } from "./issueStreamWorld";

/**
 * The Events tab's text search on a busy issue: rare matches among the newest events and common
 * ones further back come out as one list, newest first, and page without repeats.
 */

const RECENT_EVENTS_READ = 1_000;
const OLDER = 60;
const TOTAL = RECENT_EVENTS_READ + OLDER;

let world: StreamWorld;
let issueId: number;
/** Newest first: the event id as stored and as the API gives it (undashed), and the message. */
let events: Array<{ eventId: string; id: string; message: string }>;

/**
 * Newest first: among the recent events every 100th says "card declined"; among the older ones
 * every other one does. Every event says "checkout".
 */
function messageOf(index: number): string {
  const declined = index < RECENT_EVENTS_READ ? index % 100 === 0 : index % 2 === 0;
  return declined ? `checkout: card declined (${index})` : `checkout: slow response (${index})`;
}

beforeEach(async () => {
  world = await buildStreamWorld();
  const issue = await seedIssue({ projectId: world.web.id, title: "Error: checkout failed" });
  issueId = issue.id;
  const newest = Date.now();
  events = Array.from({ length: TOTAL }, (_, index) => {
    const eventId = randomUUID();
    return { eventId, id: eventId.replaceAll("-", ""), message: messageOf(index) };
  });
  await db.event.createMany({
    data: events.map((event, index) => ({
      projectId: world.web.id,
      issueId,
      eventId: event.eventId,
      timestamp: new Date(newest - index * 1000),
      level: "error",
      title: "Error: checkout failed",
      message: event.message,
      data: {},
    })),
  });
});

async function search(query: string, limit: number, cursor: string | null = null) {
  const caller = await callerFor(world.owner);
  return caller.issueDetail.events({ orgSlug: world.orgSlug, issueId, query, limit, cursor });
}

const idsOf = (page: { events: Array<{ id: string }> }) => page.events.map((event) => event.id);
const matching = (text: string) =>
  events.filter((event) => event.message.includes(text)).map((event) => event.id);

describe("issueDetail.events text search on a busy issue", () => {
  it("fills a page from the newest events when the phrase is common", async () => {
    expect(idsOf(await search("checkout", 50))).toEqual(events.slice(0, 50).map((e) => e.id));
    expect(idsOf(await search("SLOW RESPONSE", 20))).toEqual(
      matching("slow response").slice(0, 20),
    );
  });

  it("joins the few recent matches to older ones, newest first, and pages through them once", async () => {
    const declined = matching("card declined");
    expect(declined).toHaveLength(RECENT_EVENTS_READ / 100 + OLDER / 2);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search("card declined", 15, cursor);
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(declined);
  });

  it("finds a phrase only older events carry, and nothing for one no event carries", async () => {
    const oldest = events.at(-1)!;
    expect(oldest.message).toContain(`(${TOTAL - 1})`);
    expect(idsOf(await search(`(${TOTAL - 1})`, 50))).toEqual([oldest.id]);
    expect(idsOf(await search("connection refused", 50))).toEqual([]);
  });
});
