import { createHash } from "node:crypto";
import {
  countChangesSince,
  issueStreamRows,
  issuePosition,
  issueStreamStats,
  matchingIssueIds,
  matchingIssuePositions,
  type IssueStreamRow,
  type StreamPosition,
} from "@/server/data/issueStream";
import type { StreamScope } from "@/server/data/issueStreamSql";
import { readSnapshotSlice, saveSnapshot } from "@/server/data/issueStreamSnapshots";
import { parseIssueSearch } from "@/server/search/parser";
import {
  periodRange,
  type IssueStreamParams,
  type StatsPeriod,
} from "@/server/search/streamParams";
import type { SearchTerm } from "@/server/search/terms";
import { badRequest } from "./errors";
import { publicUrl } from "@/server/env";
import { formatShortId, serializeIssue, type SentryIssue } from "./issueSerializer";
import type { OrgAccess } from "./organizations";
import { callerTeamIds, resolveStreamProjects, type StreamProject } from "./issues";

export const STREAM_PAGE_DEFAULT = 25;
export const STREAM_PAGE_MAX = 100;
/** Ids kept per snapshot; past this, later pages continue by keyset (see docs/search.md). */
export const SNAPSHOT_MAX_IDS = 50_000;
/** "All N matching this query" bulk actions act on at most this many issues. */
export const BULK_MATCH_MAX = 10_000;

export interface StreamIssue {
  id: number;
  shortId: string;
  title: string;
  culprit: string;
  level: string;
  status: "unresolved" | "resolved" | "ignored";
  substatus: string | null;
  statusDetails: Record<string, unknown>;
  isUnhandled: boolean;
  isReviewed: boolean;
  metadata: { type?: string; value?: string; filename?: string; function?: string; title?: string };
  project: { id: number; slug: string; name: string; platform: string | null };
  firstSeen: Date;
  lastSeen: Date;
  /** Lifetime events. */
  count: number;
  userCount: number;
  assignee:
    | { type: "user"; id: string; name: string; email: string }
    | { type: "team"; id: string; slug: string; name: string }
    | null;
  /** 24 hourly buckets ("24h") or 14 daily ones ("14d"), oldest first. */
  stats: number[];
}

export interface IssueStreamPage {
  issues: StreamIssue[];
  nextCursor: string | null;
  total: number;
  /** More issues match than one snapshot holds: pages past it are keyset-paged (may shift). */
  totalIsCapped?: boolean;
}

/** The search terms of a query, or BAD_REQUEST with the parser's one-line reason. */
export function searchTerms(query: string): SearchTerm[] {
  const parsed = parseIssueSearch(query);
  if (!parsed.ok) throw badRequest(parsed.message);
  return parsed.terms;
}

interface ResolvedStream {
  scope: StreamScope;
  terms: SearchTerm[];
  projects: Map<number, StreamProject>;
}

async function resolveStream(
  access: OrgAccess,
  params: IssueStreamParams,
  now: Date,
): Promise<ResolvedStream> {
  const terms = searchTerms(params.query);
  const [projects, teamIds] = await Promise.all([
    resolveStreamProjects(access, params.projects),
    callerTeamIds(access),
  ]);
  const { start, end } = periodRange(params.period, now);
  return {
    terms,
    projects: new Map(projects.map((project) => [project.id, project])),
    scope: {
      organizationId: access.org.id,
      projectIds: projects.map((project) => project.id),
      userId: access.membership.userId,
      teamIds,
      ...(params.environment === undefined ? {} : { environment: params.environment }),
      start,
      end,
      now,
    },
  };
}

/*
 * Cursors: `<snapshot id>:<offset>` reads a slice of the first page's snapshot;
 * `k:<sort value>:<issue id>` continues by keyset after that position (past the snapshot cap).
 */
type StreamCursor =
  { kind: "snapshot"; id: string; offset: number } | { kind: "keyset"; after: StreamPosition };

function parseCursor(raw: string): StreamCursor {
  const keyset = /^k:(\d{1,13}):(\d{1,10})$/.exec(raw);
  if (keyset !== null) {
    return { kind: "keyset", after: { sortValue: Number(keyset[1]), id: Number(keyset[2]) } };
  }
  const snapshot = /^([A-Za-z0-9_-]{16}):(\d{1,6})$/.exec(raw);
  if (snapshot !== null) {
    return { kind: "snapshot", id: snapshot[1] ?? "", offset: Number(snapshot[2]) };
  }
  throw badRequest("Invalid cursor");
}

const keysetCursor = (position: StreamPosition) => `k:${position.sortValue}:${position.id}`;

/** Binds a snapshot to its caller and query, so a cursor cannot continue someone else's list. */
function streamFingerprint(access: OrgAccess, params: IssueStreamParams, scope: StreamScope) {
  return createHash("sha256")
    .update(
      JSON.stringify([
        access.org.id,
        access.membership.userId,
        params.query,
        scope.projectIds,
        params.environment ?? null,
        params.period,
        params.sort,
      ]),
    )
    .digest("base64url");
}

interface StreamPage {
  ids: number[];
  /** Pending while the first page's snapshot is written, meanwhile the rows are read. */
  nextCursor: Promise<string | null>;
  total: number;
  totalIsCapped: boolean;
}

/**
 * The ids of one page. The first page stores the ordered ids of every match (up to
 * SNAPSHOT_MAX_IDS) and later pages read slices of that list, so paging the whole result sees each
 * issue once however events reorder it meanwhile; deleted and merged issues simply drop out.
 */
async function streamPage(
  access: OrgAccess,
  params: IssueStreamParams,
  stream: ResolvedStream,
  cursor: string | null,
  pageSize: number,
): Promise<StreamPage> {
  const fingerprint = streamFingerprint(access, params, stream.scope);
  const parsed = cursor === null ? null : parseCursor(cursor);

  if (parsed === null) {
    const matching = await matchingIssueIds(
      stream.scope,
      stream.terms,
      params.sort,
      SNAPSHOT_MAX_IDS + 1,
    );
    const totalIsCapped = matching.length > SNAPSHOT_MAX_IDS;
    const kept = matching.slice(0, SNAPSHOT_MAX_IDS);
    const nextCursor =
      kept.length > pageSize
        ? (async () => {
            const tail = totalIsCapped ? await issuePosition(kept.at(-1)!, params.sort) : null;
            return `${await saveSnapshot(fingerprint, kept, tail)}:${pageSize}`;
          })()
        : Promise.resolve(null);
    return { ids: kept.slice(0, pageSize), nextCursor, total: kept.length, totalIsCapped };
  }

  if (parsed.kind === "snapshot") {
    const slice = await readSnapshotSlice(parsed.id, parsed.offset, pageSize);
    if (slice === null) {
      throw badRequest("This list is more than 30 minutes old; reload it to page further");
    }
    if (slice.meta.fingerprint !== fingerprint) {
      throw badRequest("This cursor belongs to another search; reload the list");
    }
    const { length, tail } = slice.meta;
    const end = parsed.offset + slice.ids.length;
    return {
      ids: slice.ids,
      nextCursor: Promise.resolve(
        end < length ? `${parsed.id}:${end}` : tail === null ? null : keysetCursor(tail),
      ),
      total: length,
      totalIsCapped: tail !== null,
    };
  }

  const positions = await matchingIssuePositions(
    stream.scope,
    stream.terms,
    params.sort,
    pageSize + 1,
    parsed.after,
  );
  const page = positions.slice(0, pageSize);
  const last = page.at(-1);
  return {
    ids: page.map((position) => position.id),
    nextCursor: Promise.resolve(
      positions.length > pageSize && last !== undefined ? keysetCursor(last) : null,
    ),
    total: SNAPSHOT_MAX_IDS,
    totalIsCapped: true,
  };
}

const pageSizeOf = (limit: number) => Math.min(Math.max(Math.trunc(limit), 1), STREAM_PAGE_MAX);

/** Rows in the order of `ids`; ids no longer there (deleted, merged) are left out. */
function inOrder<T extends { id: number }>(ids: readonly number[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the issue stream (`issues.list`). */
export async function listIssueStream(
  access: OrgAccess,
  params: IssueStreamParams,
  cursor: string | null,
  limit: number = STREAM_PAGE_DEFAULT,
  statsPeriod: StatsPeriod = "24h",
  now: Date = new Date(),
): Promise<IssueStreamPage> {
  const stream = await resolveStream(access, params, now);
  const page = await streamPage(access, params, stream, cursor, pageSizeOf(limit));
  const [rows, stats, nextCursor] = await Promise.all([
    issueStreamRows(page.ids, stream.scope.projectIds),
    issueStreamStats(page.ids, statsPeriod, now),
    page.nextCursor,
  ]);
  const issues = inOrder(page.ids, rows).flatMap((row) => {
    const project = stream.projects.get(row.projectId);
    return project === undefined ? [] : [streamIssue(row, project, stats.get(row.id) ?? [])];
  });
  return {
    issues,
    nextCursor,
    total: page.total,
    ...(page.totalIsCapped ? { totalIsCapped: true } : {}),
  };
}

/**
 * The same page in Sentry's REST shape (`GET /api/0/…/issues/`), with the cursor for its `Link`
 * header.
 */
export async function listSentryIssues(
  access: OrgAccess,
  params: IssueStreamParams,
  cursor: string | null,
  limit: number,
  now: Date = new Date(),
): Promise<{ issues: SentryIssue[]; nextCursor: string | null }> {
  const stream = await resolveStream(access, params, now);
  const page = await streamPage(access, params, stream, cursor, pageSizeOf(limit));
  const [rows, nextCursor] = await Promise.all([
    issueStreamRows(page.ids, stream.scope.projectIds),
    page.nextCursor,
  ]);
  const links = { publicUrl: publicUrl(), orgSlug: access.org.slug };
  const issues = inOrder(page.ids, rows).flatMap((row) => {
    const project = stream.projects.get(row.projectId);
    return project === undefined ? [] : [serializeIssue(row, project, links)];
  });
  return { issues, nextCursor };
}

function streamIssue(row: IssueStreamRow, project: StreamProject, stats: number[]): StreamIssue {
  return {
    id: row.id,
    shortId: formatShortId(project.shortIdPrefix, row.shortIdNumber),
    title: row.title,
    culprit: row.culprit,
    level: row.level,
    status: row.status,
    substatus: row.substatus,
    statusDetails: asObject(row.statusDetails),
    isUnhandled: row.isUnhandled,
    isReviewed: row.isReviewed,
    metadata: issueMetadata(row.metadata),
    project: { id: project.id, slug: project.slug, name: project.name, platform: project.platform },
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    count: row.timesSeen,
    userCount: row.userCount,
    assignee:
      row.assigneeUserId !== null
        ? {
            type: "user",
            id: row.assigneeUserId,
            name: row.assigneeUserName ?? "",
            email: row.assigneeUserEmail ?? "",
          }
        : row.assigneeTeamId !== null
          ? {
              type: "team",
              id: row.assigneeTeamId,
              slug: row.assigneeTeamSlug ?? "",
              name: row.assigneeTeamName ?? "",
            }
          : null,
    stats,
  };
}

/** A JSON column read as an object; anything else (null, arrays, scalars) as `{}`. */
export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const METADATA_FIELDS = ["type", "value", "filename", "function", "title"] as const;

/** The metadata fields the stream and the issue page show, from the stored JSON. */
export function issueMetadata(value: unknown): StreamIssue["metadata"] {
  const source = asObject(value);
  const metadata: StreamIssue["metadata"] = {};
  for (const field of METADATA_FIELDS) {
    const text = source[field];
    if (typeof text === "string") metadata[field] = text;
  }
  return metadata;
}

/**
 * The ids of every issue matching the stream parameters, for "all N matching this query" bulk
 * actions; BAD_REQUEST beyond BULK_MATCH_MAX rather than acting on part of them.
 */
export async function issueIdsMatching(
  access: OrgAccess,
  params: IssueStreamParams,
  now: Date = new Date(),
): Promise<number[]> {
  const stream = await resolveStream(access, params, now);
  const ids = await matchingIssueIds(stream.scope, stream.terms, params.sort, BULK_MATCH_MAX + 1);
  if (ids.length > BULK_MATCH_MAX) {
    throw badRequest(
      `This search matches more than ${BULK_MATCH_MAX.toLocaleString("en-US")} issues; narrow it down first`,
    );
  }
  return ids;
}

/** How many matching issues are new, and how many saw events, since `since` (the "N new" banner). */
export async function changesSince(
  access: OrgAccess,
  params: IssueStreamParams,
  since: Date,
  now: Date = new Date(),
): Promise<{ newIssues: number; updatedIssues: number }> {
  const stream = await resolveStream(access, params, now);
  return countChangesSince(stream.scope, stream.terms, since);
}
