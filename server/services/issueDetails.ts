import type { BearerIdentity } from "@/server/auth/apiToken";
import { tokenOrgAccess } from "@/server/auth/restAccess";
import { db } from "@/server/db/client";
import type { Issue, Prisma, Project, Team, User } from "@/server/db/generated/client";
import { publicUrl } from "@/server/env";
import { badRequest, notFound } from "./errors";
import { serializeEvent, undashedEventId, type SentryEvent } from "./eventSerializer";
import type { OrgAccess } from "./organizations";
import { serializeIssue } from "./issueSerializer";

/** Postgres `int`: a larger id cannot exist, and Prisma would refuse it rather than find nothing. */
const MAX_INT_ID = 2_147_483_647;

const TAG_KEYS_SHOWN = 20;
const TOP_VALUES_PER_KEY = 5;
const HOUR_MS = 3_600_000;

export interface IssueAccess {
  issue: Issue;
  project: Project;
  access: OrgAccess;
}

export function parseIssueId(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_INT_ID ? id : null;
}

/**
 * The issue `issueIdParam` as a token caller may see it: its project's organization must be one
 * the token's user belongs to, and a token limited to one organization reaches only that one.
 * Anything else is NOT_FOUND, as for a missing issue, so ids of other organizations cannot be probed.
 */
export async function findIssueForCaller(
  caller: BearerIdentity,
  issueIdParam: string,
): Promise<IssueAccess> {
  const id = parseIssueId(issueIdParam);
  if (id === null) throw notFound("Issue");
  const found = await db.issue.findUnique({
    where: { id },
    include: { project: { include: { organization: { select: { slug: true } } } } },
  });
  if (found === null) throw notFound("Issue");
  const { project: projectWithOrg, ...issue } = found;
  const { organization, ...project } = projectWithOrg;
  const access = await tokenOrgAccess(caller, organization.slug);
  if (access === null) throw notFound("Issue");
  return { issue, project, access };
}

/** Sentry's `assignedTo`: a user or a team, or null. */
function assignedTo(user: Pick<User, "id" | "name" | "email"> | null, team: Team | null) {
  if (user !== null) return { type: "user", id: user.id, name: user.name, email: user.email };
  if (team !== null) return { type: "team", id: team.id, name: team.name, slug: team.slug };
  return null;
}

interface TagValueRow {
  key: string;
  value: string;
  timesSeen: number;
  firstSeen: Date;
  lastSeen: Date;
  totalValues: bigint;
  keyTotal: bigint;
}

/**
 * The issue's most used tag keys with their top values, as Sentry's issue details `tags`.
 * One query: the key totals come from one aggregate over the issue's rows, then each of the top
 * keys reads its rows through the primary key's (issueId, key) prefix and keeps its top values in
 * a bounded sort. No index on timesSeen, so the worker's counter updates stay HOT (migration
 * 20261123174101_issue_tag_value_hot_updates). Ranking every value with window functions instead
 * took ~100 ms for an issue with 5,000 distinct users.
 */
export async function issueTagSummary(issueId: number) {
  const rows = await db.$queryRaw<TagValueRow[]>`
    WITH keys AS (
      SELECT "key", sum("timesSeen")::bigint AS "keyTotal", count(*) AS "totalValues"
      FROM "IssueTagValue" WHERE "issueId" = ${issueId}
      GROUP BY "key"
      ORDER BY "keyTotal" DESC, "key"
      LIMIT ${TAG_KEYS_SHOWN}
    )
    SELECT k."key", v."value", v."timesSeen", v."firstSeen", v."lastSeen",
      k."totalValues", k."keyTotal"
    FROM keys k CROSS JOIN LATERAL (
      SELECT t."value", t."timesSeen", t."firstSeen", t."lastSeen"
      FROM "IssueTagValue" t
      WHERE t."issueId" = ${issueId} AND t."key" = k."key"
      ORDER BY t."timesSeen" DESC, t."value"
      LIMIT ${TOP_VALUES_PER_KEY}
    ) v
    ORDER BY k."keyTotal" DESC, k."key", v."timesSeen" DESC, v."value"`;
  const byKey = new Map<string, ReturnType<typeof tagKeySummary>>();
  for (const row of rows) {
    let summary = byKey.get(row.key);
    if (summary === undefined) {
      summary = tagKeySummary(row);
      byKey.set(row.key, summary);
    }
    summary.topValues.push({
      key: row.key,
      name: row.value,
      value: row.value,
      count: row.timesSeen,
      firstSeen: row.firstSeen.toISOString(),
      lastSeen: row.lastSeen.toISOString(),
    });
  }
  return [...byKey.values()];
}

function tagKeySummary(row: TagValueRow) {
  return {
    key: row.key,
    name: row.key,
    totalValues: Number(row.keyTotal),
    uniqueValues: Number(row.totalValues),
    topValues: [] as {
      key: string;
      name: string;
      value: string;
      count: number;
      firstSeen: string;
      lastSeen: string;
    }[],
  };
}

/** Sentry's `stats["24h"]`: 24 hourly `[unixSeconds, count]` buckets ending with the current hour. */
export async function issueStats24h(issueId: number, now = new Date()) {
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const since = new Date(currentHour - 23 * HOUR_MS);
  const rows = await db.issueStatsHourly.findMany({
    where: { issueId, hour: { gte: since } },
    select: { hour: true, count: true },
  });
  const counts = new Map(rows.map((row) => [row.hour.getTime(), row.count]));
  return Array.from({ length: 24 }, (_, index) => {
    const hour = since.getTime() + index * HOUR_MS;
    return [hour / 1000, counts.get(hour) ?? 0] as [number, number];
  });
}

/**
 * `GET /api/0/issues/{id}/`: the list shape plus what Sentry's issue details add — releases,
 * tag summary, 24h stats, assignee, comment and feedback counts.
 */
export async function getIssueDetails({ issue, project, access }: IssueAccess) {
  const [releases, tags, stats24h, numComments, userReportCount] = await Promise.all([
    db.issue.findUniqueOrThrow({
      where: { id: issue.id },
      select: {
        firstRelease: { select: { version: true, dateCreated: true } },
        lastRelease: { select: { version: true, dateCreated: true } },
        assigneeUser: { select: { id: true, name: true, email: true } },
        assigneeTeam: true,
      },
    }),
    issueTagSummary(issue.id),
    issueStats24h(issue.id),
    db.activity.count({ where: { issueId: issue.id, type: "note" } }),
    db.userFeedback.count({ where: { issueId: issue.id } }),
  ]);
  const release = (value: { version: string; dateCreated: Date } | null) =>
    value === null
      ? null
      : { version: value.version, dateCreated: value.dateCreated.toISOString() };
  return {
    ...serializeIssue(issue, project, { publicUrl: publicUrl(), orgSlug: access.org.slug }),
    firstRelease: release(releases.firstRelease),
    lastRelease: release(releases.lastRelease),
    assignedTo: assignedTo(releases.assigneeUser, releases.assigneeTeam),
    tags,
    stats: { "24h": stats24h },
    numComments,
    userReportCount,
    isBookmarked: false,
    isSubscribed: false,
    hasSeen: false,
    isPublic: false,
  };
}

export const EVENT_LIST_MAX_LIMIT = 100;

/**
 * A keyset position in an issue's events, newest first: the (timestamp, row id) of the page's
 * edge and the direction. Written `<timestampMs>:<rowId>:<0|1>` to look like Sentry's
 * `value:offset:is_prev` cursors; tools treat it as opaque.
 */
export interface EventCursor {
  timestamp: Date;
  id: bigint;
  isPrev: boolean;
}

export function formatEventCursor(cursor: EventCursor): string {
  return `${cursor.timestamp.getTime()}:${cursor.id}:${cursor.isPrev ? 1 : 0}`;
}

export function parseEventCursor(raw: string): EventCursor {
  const match = /^(\d{1,15}):(\d{1,19}):([01])$/.exec(raw);
  if (match === null) throw badRequest("Invalid cursor parameter.");
  const [, ms = "", id = "", isPrev = ""] = match;
  return { timestamp: new Date(Number(ms)), id: BigInt(id), isPrev: isPrev === "1" };
}

export interface PageLink {
  cursor: string;
  results: boolean;
}

export interface EventPage {
  events: SentryEvent[];
  next: PageLink;
  previous: PageLink;
}

export const NEWEST_FIRST = [
  { timestamp: "desc" },
  { id: "desc" },
] satisfies Prisma.EventOrderByWithRelationInput[];
const OLDEST_FIRST = [
  { timestamp: "asc" },
  { id: "asc" },
] satisfies Prisma.EventOrderByWithRelationInput[];

/*
 * Prisma cannot write the row comparison `(timestamp, id) < (t, i)`. The OR alone leaves Postgres
 * filtering every newer event of the issue (measured: 45 ms at depth 100k); the redundant
 * `timestamp <= t` becomes an index bound, so a page costs ~0.2 ms at any depth.
 */
export function olderThan(cursor: EventCursor): Prisma.EventWhereInput {
  return {
    timestamp: { lte: cursor.timestamp },
    OR: [
      { timestamp: { lt: cursor.timestamp } },
      { timestamp: cursor.timestamp, id: { lt: cursor.id } },
    ],
  };
}

function newerThan(cursor: EventCursor): Prisma.EventWhereInput {
  return {
    timestamp: { gte: cursor.timestamp },
    OR: [
      { timestamp: { gt: cursor.timestamp } },
      { timestamp: cursor.timestamp, id: { gt: cursor.id } },
    ],
  };
}

const edge = (event: { timestamp: Date; id: bigint }, isPrev: boolean): string =>
  formatEventCursor({ timestamp: event.timestamp, id: event.id, isPrev });

/**
 * `GET /api/0/issues/{id}/events/`: one page of the issue's events, newest first, keyset-paged on
 * (timestamp, id) so a page costs the same at any depth and events arriving meanwhile neither
 * repeat nor vanish.
 */
export async function listIssueEvents(
  { issue }: IssueAccess,
  options: { cursor?: string | null; limit?: number } = {},
): Promise<EventPage> {
  const limit = Math.min(
    Math.max(Math.trunc(options.limit ?? EVENT_LIST_MAX_LIMIT), 1),
    EVENT_LIST_MAX_LIMIT,
  );
  const cursor = options.cursor ? parseEventCursor(options.cursor) : null;
  const backwards = cursor?.isPrev === true;
  const rows = await db.event.findMany({
    where: {
      issueId: issue.id,
      ...(cursor === null ? {} : backwards ? newerThan(cursor) : olderThan(cursor)),
    },
    orderBy: backwards ? OLDEST_FIRST : NEWEST_FIRST,
    take: limit + 1,
  });
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  if (first === undefined || last === undefined) {
    const here = cursor ?? { timestamp: new Date(0), id: 0n, isPrev: false };
    return {
      events: [],
      next: { cursor: edge(here, false), results: backwards && cursor !== null },
      previous: { cursor: edge(here, true), results: !backwards && cursor !== null },
    };
  }
  return {
    events: page.map(serializeEvent),
    next: { cursor: edge(last, false), results: backwards ? true : hasMore },
    previous: { cursor: edge(first, true), results: backwards ? hasMore : cursor !== null },
  };
}

/**
 * Sentry's `Link` header: `<url>; rel="previous"; results="…"; cursor="…", <url>; rel="next"; …`.
 * The URLs are on PUBLIC_URL, not the request's host, which behind a proxy is an internal one.
 */
export function paginationLinkHeader(
  requestUrl: string,
  page: Pick<EventPage, "next" | "previous">,
) {
  const link = (rel: string, { cursor, results }: PageLink) => {
    const url = new URL(requestUrl);
    url.searchParams.set("cursor", cursor);
    return `<${publicUrl()}${url.pathname}${url.search}>; rel="${rel}"; results="${results}"; cursor="${cursor}"`;
  };
  return `${link("previous", page.previous)}, ${link("next", page.next)}`;
}

/** Accepts Sentry's 32-hex event ids and dashed UUIDs; the column is a Postgres uuid. */
export function dashedEventId(raw: string): string | null {
  const hex = raw.replaceAll("-", "").toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One event of the issue: `latest`, `oldest` or an event id; null when it is not the issue's. */
export async function findIssueEvent(issue: Pick<Issue, "id" | "projectId">, which: string) {
  if (which === "latest" || which === "oldest") {
    return db.event.findFirst({
      where: { issueId: issue.id },
      orderBy: which === "latest" ? NEWEST_FIRST : OLDEST_FIRST,
    });
  }
  const eventId = dashedEventId(which);
  if (eventId === null) return null;
  return db.event.findFirst({ where: { projectId: issue.projectId, eventId, issueId: issue.id } });
}

/**
 * The dashed ids of the issue's events just before (older) and after (newer) `event`, in the
 * order of the events list: timestamp, then row id.
 */
export async function neighbourEventIds(
  issueId: number,
  event: { timestamp: Date; id: bigint },
): Promise<{ previous: string | null; next: string | null }> {
  const position = { timestamp: event.timestamp, id: event.id, isPrev: false };
  const [previous, next] = await Promise.all([
    db.event.findFirst({
      where: { issueId, ...olderThan(position) },
      orderBy: NEWEST_FIRST,
      select: { eventId: true },
    }),
    db.event.findFirst({
      where: { issueId, ...newerThan(position) },
      orderBy: OLDEST_FIRST,
      select: { eventId: true },
    }),
  ]);
  return { previous: previous?.eventId ?? null, next: next?.eventId ?? null };
}

/**
 * `GET /api/0/issues/{id}/events/{event_id|latest|oldest}/`: one event of the issue, with the
 * ids of its neighbours in time (`previousEventID` older, `nextEventID` newer) as Sentry adds them.
 */
export async function getIssueEvent({ issue }: IssueAccess, which: string) {
  const event = await findIssueEvent(issue, which);
  if (event === null) throw notFound("Event");
  const { previous, next } = await neighbourEventIds(issue.id, event);
  return {
    ...serializeEvent(event),
    previousEventID: previous === null ? null : undashedEventId(previous),
    nextEventID: next === null ? null : undashedEventId(next),
  };
}
