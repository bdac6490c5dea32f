import { releaseKey, type ReleaseSpan } from "./batchTotals";
import type { SqlTx } from "./sql";
import { utc } from "./transaction";

/**
 * Creates the releases an organization has not seen before and returns the id of every release
 * in `spans`, keyed by `releaseKey(organizationId, version)`. Creating with DO NOTHING and
 * reading in a second statement takes no lock on existing releases: a busy release would
 * otherwise serialize every batch from its first statement to its commit.
 */
export async function ensureReleases(
  tx: SqlTx,
  spans: readonly ReleaseSpan[],
  now: Date,
): Promise<Map<string, number>> {
  if (spans.length === 0) return new Map();
  const organizationIds = spans.map((s) => s.organizationId);
  const versions = spans.map((s) => s.version);
  await tx.prepared.execute`
    INSERT INTO "Release" ("organizationId", "version", "dateCreated")
    SELECT u.*, ${utc(now)}::timestamp(3)
    FROM unnest(${organizationIds}::text[], ${versions}::text[]) AS u("organizationId", "version")
    ORDER BY 1, 2
    ON CONFLICT ("organizationId", "version") DO NOTHING`;
  const rows = await tx.query<{ id: number; organizationId: string; version: string }>`
    SELECT r.id, r."organizationId", r."version"
    FROM "Release" r
    JOIN unnest(${organizationIds}::text[], ${versions}::text[]) AS u("organizationId", "version")
      ON r."organizationId" = u."organizationId" AND r."version" = u."version"`;
  return new Map(rows.map((row) => [releaseKey(row.organizationId, row.version), row.id]));
}

export interface ReleaseEventSpan {
  releaseId: number;
  firstEvent: Date;
  lastEvent: Date;
}

/** Widens each release's first/last event to the batch's; late in the transaction, in id order. */
export async function recordReleaseEvents(
  tx: SqlTx,
  spans: readonly ReleaseEventSpan[],
): Promise<void> {
  if (spans.length === 0) return;
  const sorted = [...spans].sort((a, b) => a.releaseId - b.releaseId);
  const ids = sorted.map((s) => s.releaseId);
  if (ids.length > 1) {
    await tx.execute`
      SELECT id FROM "Release" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR NO KEY UPDATE`;
  }
  await tx.execute`
    UPDATE "Release" AS r SET
      "firstEvent" = LEAST(COALESCE(r."firstEvent", u.first_event), u.first_event),
      "lastEvent" = GREATEST(COALESCE(r."lastEvent", u.last_event), u.last_event)
    FROM unnest(
      ${ids}::int[],
      ${sorted.map((s) => utc(s.firstEvent))}::timestamp(3)[],
      ${sorted.map((s) => utc(s.lastEvent))}::timestamp(3)[])
      AS u(id, first_event, last_event)
    WHERE r.id = u.id
      AND (r."firstEvent" IS NULL OR r."firstEvent" > u.first_event
        OR r."lastEvent" IS NULL OR r."lastEvent" < u.last_event)`;
}

export interface ReleaseProjectRow {
  releaseId: number;
  projectId: number;
  firstSeen: Date;
  newIssues: number;
}

/** Links releases to the projects that reported them and counts the issues they introduced. */
export async function addReleaseProjects(
  tx: SqlTx,
  rows: readonly ReleaseProjectRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.prepared.execute`
    INSERT INTO "ReleaseProject" ("releaseId", "projectId", "firstSeen", "newIssuesCount")
    SELECT * FROM unnest(
      ${rows.map((r) => r.releaseId)}::int[],
      ${rows.map((r) => r.projectId)}::int[],
      ${rows.map((r) => utc(r.firstSeen))}::timestamp(3)[],
      ${rows.map((r) => r.newIssues)}::int[])
    ORDER BY 1, 2
    ON CONFLICT ("releaseId", "projectId") DO UPDATE SET
      "newIssuesCount" = "ReleaseProject"."newIssuesCount" + EXCLUDED."newIssuesCount",
      "firstSeen" = LEAST("ReleaseProject"."firstSeen", EXCLUDED."firstSeen")
    WHERE EXCLUDED."newIssuesCount" > 0 OR EXCLUDED."firstSeen" < "ReleaseProject"."firstSeen"`;
}
