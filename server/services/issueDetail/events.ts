import { db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { badRequest, notFound } from "../errors";
import { undashedEventId } from "../eventSerializer";
import {
  findIssueEvent,
  formatEventCursor,
  neighbourEventIds,
  olderThan,
  parseEventCursor,
} from "../issueDetails";
import { newestEventRows } from "./eventRows";
import { eventView, type EventView, type Pair } from "./eventView";
import { parseEventQuery, storedTagPairs } from "./eventQuery";
import type { OrgIssue } from "./issueAccess";

export interface EventAttachmentRef {
  id: string;
  name: string;
  contentType: string;
  type: string;
  size: number;
}

export interface IssueEventDetail {
  /** 32 hex digits, as the SDK sent it. */
  id: string;
  issueId: number;
  projectId: number;
  title: string;
  message: string;
  level: string;
  platform: string | null;
  timestamp: Date;
  receivedAt: Date;
  release: string | null;
  environment: string | null;
  size: number;
  tags: Pair[];
  view: EventView;
  /** The stored, scrubbed payload, for the Raw JSON view and download. */
  raw: unknown;
  attachments: EventAttachmentRef[];
  /** The event just older than this one, and just newer, in the events list's order. */
  previousEventId: string | null;
  nextEventId: string | null;
  oldestEventId: string | null;
  latestEventId: string | null;
}

function tagPairs(value: unknown): Pair[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((pair): Pair[] =>
    Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string"
      ? [[pair[0], pair[1]]]
      : [],
  );
}

const undashed = (id: string | null) => (id === null ? null : undashedEventId(id));

/** One event of the issue with its neighbours, for the event panel's navigation. */
export async function getIssueEventDetail(
  { issue }: OrgIssue,
  which: string,
): Promise<IssueEventDetail> {
  const event = await findIssueEvent(issue, which);
  if (event === null) throw notFound("Event");
  const [neighbours, oldest, latest, attachments] = await Promise.all([
    neighbourEventIds(issue.id, event),
    which === "oldest" ? null : findIssueEvent(issue, "oldest"),
    which === "latest" ? null : findIssueEvent(issue, "latest"),
    db.eventAttachment.findMany({
      where: { projectId: event.projectId, eventId: event.eventId },
      select: { id: true, name: true, contentType: true, type: true, size: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    id: undashedEventId(event.eventId),
    issueId: event.issueId,
    projectId: event.projectId,
    title: event.title,
    message: event.message,
    level: event.level,
    platform: event.platform,
    timestamp: event.timestamp,
    receivedAt: event.receivedAt,
    release: event.release,
    environment: event.environment,
    size: event.size,
    tags: tagPairs(event.tags),
    view: eventView(event.data),
    raw: event.data,
    attachments: attachments.map((attachment) => ({ ...attachment, id: String(attachment.id) })),
    previousEventId: undashed(neighbours.previous),
    nextEventId: undashed(neighbours.next),
    oldestEventId: undashed((which === "oldest" ? event : oldest)?.eventId ?? null),
    latestEventId: undashed((which === "latest" ? event : latest)?.eventId ?? null),
  };
}

export interface EventListOptions {
  query?: string;
  environment?: string;
  release?: string;
  cursor?: string | null;
  limit?: number;
}

export interface EventListRow {
  id: string;
  timestamp: Date;
  title: string;
  message: string;
  level: string;
  release: string | null;
  environment: string | null;
  /** Who it happened to: user id, else email, else username, else IP. */
  user: string | null;
  tags: Pair[];
}

interface EventFilters {
  where: Prisma.EventWhereInput[];
  /** Tag values every listed event must carry (environment and release are tags too). */
  requiredTags: { key: string; value: string }[];
}

function filtersOf(options: EventListOptions): EventFilters {
  const { text, tags } = parseEventQuery(options.query ?? "");
  const where: Prisma.EventWhereInput[] = [];
  const requiredTags: EventFilters["requiredTags"] = [];
  if (options.environment) {
    where.push({ environment: options.environment });
    requiredTags.push({ key: "environment", value: options.environment });
  }
  if (options.release) {
    where.push({ release: options.release });
    requiredTags.push({ key: "release", value: options.release });
  }
  if (text !== "") {
    where.push({
      OR: [
        { title: { contains: text, mode: "insensitive" } },
        { message: { contains: text, mode: "insensitive" } },
      ],
    });
  }
  for (const tag of tags) {
    const pairs = storedTagPairs(tag.key, tag.value);
    const [onlyPair] = pairs;
    const match: Prisma.EventWhereInput =
      tag.key === "environment"
        ? { environment: tag.value }
        : tag.key === "release"
          ? { release: tag.value }
          : { OR: pairs.map((pair) => ({ tags: { array_contains: [pair] } })) };
    where.push(tag.negated ? { NOT: match } : match);
    if (!tag.negated && pairs.length === 1 && onlyPair !== undefined) {
      requiredTags.push({ key: onlyPair[0], value: onlyPair[1] });
    }
  }
  return { where, requiredTags };
}

/**
 * The time window holding every event of the issue that carries all `required` tag values, from
 * the per-issue tag aggregate (its first/last seen are event timestamps): null when some value
 * never occurred, so the search answers at once instead of scanning the issue's events, and
 * otherwise a bound that turns the scan into an index range.
 */
async function requiredTagWindow(
  issueId: number,
  required: EventFilters["requiredTags"],
): Promise<{ from: Date; to: Date } | null | undefined> {
  if (required.length === 0) return undefined;
  const rows = await db.issueTagValue.findMany({
    where: { issueId, OR: required.map(({ key, value }) => ({ key, value })) },
    select: { key: true, value: true, firstSeen: true, lastSeen: true },
  });
  let from = -Infinity;
  let to = Infinity;
  for (const { key, value } of required) {
    const row = rows.find((candidate) => candidate.key === key && candidate.value === value);
    if (row === undefined) return null;
    from = Math.max(from, row.firstSeen.getTime());
    to = Math.min(to, row.lastSeen.getTime());
  }
  if (from > to) return null;
  // A second either side: the aggregate's times pass through float seconds on their way in.
  return { from: new Date(from - 1000), to: new Date(to + 1000) };
}

export const EVENT_PAGE_MAX = 100;

/**
 * A page of the issue's events, newest first, keyset-paged like the REST events list so events
 * arriving meanwhile neither repeat nor vanish.
 */
export async function listIssueEventRows(
  { issue }: OrgIssue,
  options: EventListOptions,
): Promise<{ events: EventListRow[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 50), 1), EVENT_PAGE_MAX);
  const cursor = options.cursor ? parseEventCursor(options.cursor) : null;
  if (cursor?.isPrev) throw badRequest("Invalid cursor parameter.");
  const filters = filtersOf(options);
  const window = await requiredTagWindow(issue.id, filters.requiredTags);
  if (window === null) return { events: [], nextCursor: null };
  const rows = await newestEventRows({
    issueId: issue.id,
    bounds: [
      ...(window === undefined ? [] : [{ timestamp: { gte: window.from, lte: window.to } }]),
      ...(cursor === null ? [] : [olderThan(cursor)]),
    ],
    filters: filters.where,
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: undashedEventId(row.eventId),
      timestamp: row.timestamp,
      title: row.title,
      message: row.message,
      level: row.level,
      release: row.release,
      environment: row.environment,
      user: row.userKey,
      tags: tagPairs(row.tags),
    })),
    nextCursor:
      rows.length > limit && last !== undefined
        ? formatEventCursor({ timestamp: last.timestamp, id: last.id, isPrev: false })
        : null,
  };
}
