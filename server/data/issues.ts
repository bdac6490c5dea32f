import type { IssueState } from "@/server/processing/issueTransitions";
import { autocommit, rowsParameter, TransactionConflict, type SqlTx } from "./sql";
import { utc } from "./transaction";

/**
 * Reserves `count` short-id numbers per project (`<prefix>-<n>`), numbered on from the
 * project's counter; returns the first number of each project's range. Each project's counter is
 * bumped by its own autocommit statement: holding the project row until the batch commits made
 * every batch that created an issue wait for the previous one's whole transaction (measured: 30
 * to 170 ms per batch under bench:pipeline). As in Sentry, a number reserved by a batch that then
 * rolls back is never used, so short ids can have gaps; they are never handed out twice.
 */
export async function reserveShortIds(
  counts: ReadonlyMap<number, number>,
): Promise<Map<number, number>> {
  const counters = autocommit();
  const firsts = new Map<number, number>();
  for (const [projectId, count] of counts) {
    const [row] = await counters.query<{ counter: number }>`
      UPDATE "Project" SET "issueCounter" = "issueCounter" + ${count}::int
      WHERE id = ${projectId}::int
      RETURNING "issueCounter" AS counter`;
    if (row !== undefined) firsts.set(projectId, row.counter - count + 1);
  }
  return firsts;
}

export interface NewIssueRow {
  projectId: number;
  shortIdNumber: number;
  title: string;
  culprit: string;
  level: string;
  platform: string;
  metadata: object;
  isUnhandled: boolean;
  firstSeen: Date;
  lastSeen: Date;
  timesSeen: number;
  userCount: number;
  firstReleaseId: number | null;
  lastReleaseId: number | null;
}

/**
 * Creates issues already counting the batch's events and users, so the batch's counter update
 * leaves them alone (an update would rewrite all nine of the issue's index entries once more);
 * returns their ids in the order given.
 */
export async function insertIssues(
  tx: SqlTx,
  rows: readonly NewIssueRow[],
  now: Date,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const json = rowsParameter(rows, (r) => ({
    p: r.projectId,
    n: r.shortIdNumber,
    t: r.title,
    c: r.culprit,
    l: r.level,
    pl: r.platform,
    m: r.metadata,
    u: r.isUnhandled,
    f: r.firstSeen.getTime(),
    ls: r.lastSeen.getTime(),
    ts: r.timesSeen,
    uc: r.userCount,
    rel: r.firstReleaseId,
    lrel: r.lastReleaseId,
  }));
  const inserted = await tx.prepared.query<{
    id: number;
    projectId: number;
    shortIdNumber: number;
  }>`
    INSERT INTO "Issue" ("projectId", "shortIdNumber", "title", "culprit", "level", "platform",
      "metadata", "isUnhandled", "firstSeen", "lastSeen", "timesSeen", "userCount",
      "firstReleaseId", "lastReleaseId", "createdAt", "updatedAt")
    SELECT r.p, r.n, r.t, r.c, r.l, r.pl, r.m, r.u,
      to_timestamp(r.f / 1000.0) AT TIME ZONE 'UTC', to_timestamp(r.ls / 1000.0) AT TIME ZONE 'UTC',
      r.ts, r.uc, r.rel, r.lrel, ${utc(now)}::timestamp(3), ${utc(now)}::timestamp(3)
    FROM json_to_recordset(${json}::json) AS r(p int, n int, t text, c text, l text, pl text,
      m jsonb, u boolean, f float8, ls float8, ts int, uc int, rel int, lrel int)
    RETURNING id, "projectId", "shortIdNumber"`;
  const ids = new Map(inserted.map((row) => [`${row.projectId}:${row.shortIdNumber}`, row.id]));
  return rows.map((row) => {
    const id = ids.get(`${row.projectId}:${row.shortIdNumber}`);
    if (id === undefined)
      throw new Error(`issue ${row.projectId}:${row.shortIdNumber} not created`);
    return id;
  });
}

/**
 * Share-locks the batch's existing issues in id order before any row is written for them: the
 * lock a foreign key took once per written row (Event, IssueTagValue, IssueUser and
 * IssueStatsHourly have none, migration 20261123175253_issue_children_without_row_checks). KEY
 * SHARE lets other batches write to the same issues at once; a delete or merge waits for commit,
 * and its trigger then deletes or moves what the batch wrote. An issue that was deleted or merged
 * away after the batch looked up its hash is missing: the batch is retried and looks again.
 */
export async function holdIssues(tx: SqlTx, issueIds: readonly number[]): Promise<void> {
  if (issueIds.length === 0) return;
  const sorted = [...new Set(issueIds)].sort((a, b) => a - b);
  const held = await tx.query<{ id: number }>`
    SELECT id FROM "Issue" WHERE id = ANY(${sorted}::int[]) ORDER BY id FOR KEY SHARE`;
  if (held.length !== sorted.length) {
    throw new TransactionConflict("an issue of the batch was deleted or merged meanwhile");
  }
}

export interface LockedIssue extends IssueState {
  id: number;
}

/**
 * Locks the batch's issues in id order — the lock every worker takes before touching an
 * issue's counters — and reads the state the status rules need. NO KEY UPDATE, not UPDATE:
 * it must not block other batches inserting events that merely reference these issues.
 */
export async function lockIssues(tx: SqlTx, issueIds: readonly number[]): Promise<LockedIssue[]> {
  if (issueIds.length === 0) return [];
  return tx.query<LockedIssue>`
    SELECT id, status::text AS status, "statusDetails", "timesSeen", "userCount"
    FROM "Issue" WHERE id = ANY(${[...issueIds]}::int[])
    ORDER BY id
    FOR NO KEY UPDATE`;
}

export interface IssueCounterUpdate {
  issueId: number;
  events: number;
  newUsers: number;
  firstSeen: Date;
  lastSeen: Date;
  /** Of the batch's latest event: they replace the issue's when that event is its newest. */
  level: string;
  title: string;
  culprit: string;
  metadata: object;
  releaseId: number | null;
  isUnhandled: boolean;
  /** Set when the batch reopens the issue (regression, unignore). */
  status: "unresolved" | null;
  substatus: "regressed" | "escalating" | null;
}

/** One UPDATE for all of the batch's issues, applied to rows `lockIssues` already holds. */
export async function updateIssueCounters(
  tx: SqlTx,
  updates: readonly IssueCounterUpdate[],
  now: Date,
): Promise<void> {
  if (updates.length === 0) return;
  const json = rowsParameter(updates, (u) => ({
    id: u.issueId,
    events: u.events,
    new_users: u.newUsers,
    first_seen: u.firstSeen.getTime(),
    last_seen: u.lastSeen.getTime(),
    level: u.level,
    title: u.title,
    culprit: u.culprit,
    metadata: u.metadata,
    release_id: u.releaseId,
    unhandled: u.isUnhandled,
    status: u.status,
    substatus: u.substatus,
  }));
  await tx.execute`
    UPDATE "Issue" AS i SET
      "timesSeen" = i."timesSeen" + u.events,
      "userCount" = i."userCount" + u.new_users,
      "firstSeen" = LEAST(i."firstSeen", u.first_seen),
      "lastSeen" = GREATEST(i."lastSeen", u.last_seen),
      "level" = CASE WHEN u.last_seen >= i."lastSeen" THEN u.level ELSE i."level" END,
      "title" = CASE WHEN u.last_seen >= i."lastSeen" THEN u.title ELSE i."title" END,
      "culprit" = CASE WHEN u.last_seen >= i."lastSeen" THEN u.culprit ELSE i."culprit" END,
      "metadata" = CASE WHEN u.last_seen >= i."lastSeen" THEN u.metadata ELSE i."metadata" END,
      "lastReleaseId" = CASE WHEN u.last_seen >= i."lastSeen"
        THEN COALESCE(u.release_id, i."lastReleaseId") ELSE i."lastReleaseId" END,
      "isUnhandled" = i."isUnhandled" OR u.unhandled,
      "status" = COALESCE(u.status::"IssueStatus", i."status"),
      "substatus" = COALESCE(u.substatus::"IssueSubstatus", i."substatus"),
      "statusDetails" = CASE WHEN u.status IS NULL THEN i."statusDetails" ELSE '{}'::jsonb END,
      "resolvedAt" = CASE WHEN u.status IS NULL THEN i."resolvedAt" END,
      "updatedAt" = ${utc(now)}::timestamp(3)
    FROM (
      SELECT r.id, r.events, r.new_users,
        to_timestamp(r.first_seen / 1000.0) AT TIME ZONE 'UTC' AS first_seen,
        to_timestamp(r.last_seen / 1000.0) AT TIME ZONE 'UTC' AS last_seen,
        r.level, r.title, r.culprit, r.metadata, r.release_id, r.unhandled, r.status, r.substatus
      FROM json_to_recordset(${json}::json) AS r(id int, events int, new_users int,
        first_seen float8, last_seen float8, level text, title text, culprit text, metadata jsonb,
        release_id int, unhandled boolean, status text, substatus text)
    ) AS u
    WHERE i.id = u.id`;
}
