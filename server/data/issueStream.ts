import { db } from "@/server/db/client";
import { Prisma, type IssueStatus, type IssueSubstatus } from "@/server/db/generated/client";
import type { StatsPeriod, StreamSort } from "@/server/search/streamParams";
import type { SearchTerm } from "@/server/search/terms";
import { SORT_COLUMNS, SORT_IS_TIME, streamCondition, type StreamScope } from "./issueStreamSql";
import { utc } from "./transaction";

/** An issue's place in a sort order: the sort column's value (ms for times) and the id. */
export interface StreamPosition {
  id: number;
  sortValue: number;
}

/**
 * The matching issues' ids in stream order, at most `limit`, after `after` when given (keyset
 * on (sort value, id), both descending).
 */
export async function matchingIssuePositions(
  scope: StreamScope,
  terms: readonly SearchTerm[],
  sort: StreamSort,
  limit: number,
  after: StreamPosition | null = null,
): Promise<StreamPosition[]> {
  const column = SORT_COLUMNS[sort];
  const afterValue =
    after === null
      ? null
      : SORT_IS_TIME[sort]
        ? Prisma.sql`${utc(new Date(after.sortValue))}::timestamp(3)`
        : Prisma.sql`${after.sortValue}::bigint`;
  // bigint: a cursor is client input, and any integer in it must compare, not overflow.
  const keyset =
    after === null
      ? Prisma.empty
      : Prisma.sql`AND (${column}, i.id) < (${afterValue}, ${after.id}::bigint)`;
  const rows = await db.$queryRaw<Array<{ id: number; sortValue: Date | number }>>`
    SELECT i.id, ${column} AS "sortValue" FROM "Issue" i
    WHERE ${streamCondition(scope, terms)} ${keyset}
    ORDER BY ${column} DESC, i.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ id: row.id, sortValue: sortValueNumber(row.sortValue) }));
}

/**
 * The ids of the matching issues in stream order, at most `limit`: one row holding an array, as
 * turning 10,000 result rows into objects costs more than the query itself.
 */
export async function matchingIssueIds(
  scope: StreamScope,
  terms: readonly SearchTerm[],
  sort: StreamSort,
  limit: number,
): Promise<number[]> {
  const column = SORT_COLUMNS[sort];
  const [row] = await db.$queryRaw<Array<{ ids: number[] | null }>>`
    SELECT array_agg(m.id ORDER BY m."sortValue" DESC, m.id DESC) AS ids FROM (
      SELECT i.id, ${column} AS "sortValue" FROM "Issue" i
      WHERE ${streamCondition(scope, terms)}
      ORDER BY ${column} DESC, i.id DESC
      LIMIT ${limit}) m`;
  return row?.ids ?? [];
}

/** An issue's place in a sort order now, or null when it is gone. */
export async function issuePosition(id: number, sort: StreamSort): Promise<StreamPosition | null> {
  const [row] = await db.$queryRaw<Array<{ sortValue: Date | number }>>`
    SELECT ${SORT_COLUMNS[sort]} AS "sortValue" FROM "Issue" i WHERE i.id = ${id}`;
  if (row === undefined) return null;
  return { id, sortValue: sortValueNumber(row.sortValue) };
}

const sortValueNumber = (value: Date | number): number =>
  value instanceof Date ? value.getTime() : Number(value);

/** New and updated matching issues since a moment, for the stream's "N new" banner. */
export async function countChangesSince(
  scope: StreamScope,
  terms: readonly SearchTerm[],
  since: Date,
): Promise<{ newIssues: number; updatedIssues: number }> {
  const at = Prisma.sql`${utc(since)}::timestamp(3)`;
  const [row] = await db.$queryRaw<Array<{ newIssues: number; updatedIssues: number }>>`
    SELECT count(*) FILTER (WHERE i."firstSeen" > ${at})::int AS "newIssues",
           count(*) FILTER (WHERE i."firstSeen" <= ${at})::int AS "updatedIssues"
    FROM "Issue" i
    WHERE ${streamCondition(scope, terms)} AND i."lastSeen" > ${at}`;
  return row ?? { newIssues: 0, updatedIssues: 0 };
}

export interface IssueStreamRow {
  id: number;
  projectId: number;
  shortIdNumber: number;
  type: string;
  platform: string | null;
  title: string;
  culprit: string;
  level: string;
  status: IssueStatus;
  substatus: IssueSubstatus;
  statusDetails: Prisma.JsonValue;
  isUnhandled: boolean;
  isReviewed: boolean;
  metadata: Prisma.JsonValue;
  firstSeen: Date;
  lastSeen: Date;
  timesSeen: number;
  userCount: number;
  assigneeUserId: string | null;
  assigneeUserName: string | null;
  assigneeUserEmail: string | null;
  assigneeTeamId: string | null;
  assigneeTeamSlug: string | null;
  assigneeTeamName: string | null;
}

/** The rows of these issues (those still existing in these projects), in no particular order. */
export async function issueStreamRows(
  ids: readonly number[],
  projectIds: readonly number[],
): Promise<IssueStreamRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<IssueStreamRow[]>`
    SELECT i.id, i."projectId", i."shortIdNumber", i."type", i."platform", i."title", i."culprit", i."level",
      i."status", i."substatus", i."statusDetails", i."isUnhandled", i."isReviewed", i."metadata",
      i."firstSeen", i."lastSeen", i."timesSeen", i."userCount",
      u.id AS "assigneeUserId", u."name" AS "assigneeUserName", u."email" AS "assigneeUserEmail",
      t.id AS "assigneeTeamId", t."slug" AS "assigneeTeamSlug", t."name" AS "assigneeTeamName"
    FROM "Issue" i
    LEFT JOIN "User" u ON u.id = i."assigneeUserId"
    LEFT JOIN "Team" t ON t.id = i."assigneeTeamId"
    WHERE i.id = ANY(${ids}::int[]) AND i."projectId" = ANY(${projectIds}::int[])`;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Each issue's event counts from the hourly rollup: 24 hourly buckets ending with the current
 * hour ("24h") or 14 daily buckets (UTC days) ending with today ("14d"), oldest first.
 */
export async function issueStreamStats(
  ids: readonly number[],
  period: StatsPeriod,
  now: Date,
): Promise<Map<number, number[]>> {
  const bucketMs = period === "24h" ? HOUR_MS : DAY_MS;
  const buckets = period === "24h" ? 24 : 14;
  const current = Math.floor(now.getTime() / bucketMs) * bucketMs;
  const first = current - (buckets - 1) * bucketMs;
  const stats = new Map(ids.map((id) => [id, new Array<number>(buckets).fill(0)]));
  if (ids.length === 0) return stats;
  const rows = await db.$queryRaw<Array<{ issueId: number; hour: Date; count: number }>>`
    SELECT "issueId", "hour", "count" FROM "IssueStatsHourly"
    WHERE "issueId" = ANY(${ids}::int[]) AND "hour" >= ${utc(new Date(first))}::timestamp(3)`;
  for (const row of rows) {
    const index = Math.floor((row.hour.getTime() - first) / bucketMs);
    const series = stats.get(row.issueId);
    if (series !== undefined && index >= 0 && index < buckets) series[index]! += row.count;
  }
  return stats;
}

/**
 * Tag keys seen in these projects, alphabetically (autocomplete). A skip scan over the
 * (projectId, key, value) index: one index probe per distinct key, however many values each has.
 */
export async function tagKeysInProjects(
  projectIds: readonly number[],
  limit: number,
): Promise<string[]> {
  if (projectIds.length === 0) return [];
  const rows = await db.$queryRaw<Array<{ key: string }>>`
    WITH RECURSIVE keys AS (
      SELECT p.id AS "projectId",
        (SELECT t."key" FROM "IssueTagValue" t WHERE t."projectId" = p.id
         ORDER BY t."key" LIMIT 1) AS "key"
      FROM unnest(${projectIds}::int[]) AS p(id)
      UNION ALL
      SELECT k."projectId",
        (SELECT t."key" FROM "IssueTagValue" t WHERE t."projectId" = k."projectId" AND t."key" > k."key"
         ORDER BY t."key" LIMIT 1)
      FROM keys k WHERE k."key" IS NOT NULL
    )
    SELECT DISTINCT "key" FROM keys WHERE "key" IS NOT NULL ORDER BY "key" LIMIT ${limit}`;
  return rows.map((row) => row.key);
}

/**
 * Autocomplete reads at most this many (issue, value) rows of a key: the ranking is exact for keys
 * with fewer rows in the projects (browser, os…), a sample for per-user keys with millions.
 */
const TAG_VALUE_SCAN_ROWS = 10_000;

/**
 * The values of a tag in these projects starting with `prefix` (any case), those of the most
 * issues first (autocomplete). Counting issues rather than events keeps it an index-only scan.
 */
export async function topTagValues(
  projectIds: readonly number[],
  key: string,
  prefix: string,
  limit: number,
): Promise<string[]> {
  if (projectIds.length === 0) return [];
  const pattern = `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = await db.$queryRaw<Array<{ value: string }>>`
    SELECT "value" FROM (
      SELECT "value" FROM "IssueTagValue"
      WHERE "projectId" = ANY(${projectIds}::int[]) AND "key" = ${key} AND "value" ILIKE ${pattern}
      LIMIT ${TAG_VALUE_SCAN_ROWS}) sample
    GROUP BY "value" ORDER BY count(*) DESC, "value" LIMIT ${limit}`;
  return rows.map((row) => row.value);
}
