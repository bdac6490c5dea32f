import { utc, type Tx } from "./transaction";

/**
 * Reserves `count` short-id numbers per project (`<prefix>-<n>`), numbered on from the
 * project's counter; returns the first number of each project's range. Projects are locked in
 * id order, and the row stays locked until commit, so numbers are never handed out twice.
 */
export async function reserveShortIds(
  tx: Tx,
  counts: ReadonlyMap<number, number>,
): Promise<Map<number, number>> {
  if (counts.size === 0) return new Map();
  const projectIds = [...counts.keys()].sort((a, b) => a - b);
  if (projectIds.length > 1) {
    await tx.$executeRaw`
      SELECT id FROM "Project" WHERE id = ANY(${projectIds}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  }
  const rows = await tx.$queryRaw<Array<{ id: number; counter: number }>>`
    UPDATE "Project" AS p SET "issueCounter" = p."issueCounter" + u.n
    FROM unnest(${projectIds}::int[], ${projectIds.map((id) => counts.get(id) ?? 0)}::int[])
      AS u(id, n)
    WHERE p.id = u.id
    RETURNING p.id, p."issueCounter" AS counter`;
  return new Map(rows.map((row) => [row.id, row.counter - (counts.get(row.id) ?? 0) + 1]));
}

export interface NewIssueRow {
  projectId: number;
  shortIdNumber: number;
  title: string;
  culprit: string;
  level: string;
  platform: string;
  metadataJson: string;
  isUnhandled: boolean;
  firstSeen: Date;
  lastSeen: Date;
  firstReleaseId: number | null;
}

/**
 * Creates issues with zero counts (the batch's counter update adds its events like any other
 * issue's); returns their ids in the order given.
 */
export async function insertIssues(
  tx: Tx,
  rows: readonly NewIssueRow[],
  now: Date,
): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.$queryRaw<
    Array<{ id: number; projectId: number; shortIdNumber: number }>
  >`
    INSERT INTO "Issue" ("projectId", "shortIdNumber", "title", "culprit", "level", "platform",
      "metadata", "isUnhandled", "firstSeen", "lastSeen", "firstReleaseId", "lastReleaseId",
      "createdAt", "updatedAt")
    SELECT u.*, u."firstReleaseId", ${utc(now)}::timestamp(3), ${utc(now)}::timestamp(3)
    FROM unnest(
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => r.shortIdNumber)}::int[],
      ${rows.map((r) => r.title)}::text[],
      ${rows.map((r) => r.culprit)}::text[],
      ${rows.map((r) => r.level)}::text[],
      ${rows.map((r) => r.platform)}::text[],
      ${rows.map((r) => r.metadataJson)}::jsonb[],
      ${rows.map((r) => r.isUnhandled)}::boolean[],
      ${rows.map((r) => utc(r.firstSeen))}::timestamp(3)[],
      ${rows.map((r) => utc(r.lastSeen))}::timestamp(3)[],
      ${rows.map((r) => r.firstReleaseId)}::int[])
      AS u("projectId", "shortIdNumber", "title", "culprit", "level", "platform", "metadata",
        "isUnhandled", "firstSeen", "lastSeen", "firstReleaseId")
    RETURNING id, "projectId", "shortIdNumber"`;
  const ids = new Map(inserted.map((row) => [`${row.projectId}:${row.shortIdNumber}`, row.id]));
  return rows.map((row) => {
    const id = ids.get(`${row.projectId}:${row.shortIdNumber}`);
    if (id === undefined)
      throw new Error(`issue ${row.projectId}:${row.shortIdNumber} not created`);
    return id;
  });
}

export interface LockedIssue {
  id: number;
  status: "unresolved" | "resolved" | "ignored";
  statusDetails: unknown;
  timesSeen: number;
  userCount: number;
}

/**
 * Locks the batch's issues in id order — the lock every worker takes before touching an
 * issue's counters — and reads the state the status rules need. NO KEY UPDATE, not UPDATE:
 * it must not block other batches inserting events that merely reference these issues.
 */
export async function lockIssues(tx: Tx, issueIds: readonly number[]): Promise<LockedIssue[]> {
  if (issueIds.length === 0) return [];
  return tx.$queryRaw<LockedIssue[]>`
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
  metadataJson: string;
  releaseId: number | null;
  isUnhandled: boolean;
  /** Set when the batch reopens the issue (regression, unignore). */
  status: "unresolved" | null;
  substatus: "regressed" | "escalating" | null;
}

/** One UPDATE for all of the batch's issues, applied to rows `lockIssues` already holds. */
export async function updateIssueCounters(
  tx: Tx,
  updates: readonly IssueCounterUpdate[],
  now: Date,
): Promise<void> {
  if (updates.length === 0) return;
  await tx.$executeRaw`
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
    FROM unnest(
      ${updates.map((u) => u.issueId)}::int[],
      ${updates.map((u) => u.events)}::int[],
      ${updates.map((u) => u.newUsers)}::int[],
      ${updates.map((u) => utc(u.firstSeen))}::timestamp(3)[],
      ${updates.map((u) => utc(u.lastSeen))}::timestamp(3)[],
      ${updates.map((u) => u.level)}::text[],
      ${updates.map((u) => u.title)}::text[],
      ${updates.map((u) => u.culprit)}::text[],
      ${updates.map((u) => u.metadataJson)}::jsonb[],
      ${updates.map((u) => u.releaseId)}::int[],
      ${updates.map((u) => u.isUnhandled)}::boolean[],
      ${updates.map((u) => u.status)}::text[],
      ${updates.map((u) => u.substatus)}::text[])
      AS u(id, events, new_users, first_seen, last_seen, level, title, culprit, metadata,
        release_id, unhandled, status, substatus)
    WHERE i.id = u.id`;
}
