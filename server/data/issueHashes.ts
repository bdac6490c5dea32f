import { hashKey, type HashKey } from "./types";
import { rowsParameter, type SqlTx } from "./sql";
import { utc } from "./transaction";

type HashIdentity = { projectId: number; hash: string };

/** The issue owning each of these hashes, for those that have one. */
export async function hashOwners(
  tx: SqlTx,
  hashes: readonly HashIdentity[],
): Promise<Map<HashKey, number>> {
  if (hashes.length === 0) return new Map();
  const json = rowsParameter(hashes, (h) => ({ p: h.projectId, h: h.hash }));
  const rows = await tx.query<HashIdentity & { issueId: number }>`
    SELECT h."projectId", h."hash"::text AS "hash", h."issueId"
    FROM "IssueHash" h
    JOIN json_to_recordset(${json}::json) AS k(p int, h text)
      ON h."projectId" = k.p AND h."hash" = k.h::char(32)`;
  return new Map(rows.map((row) => [hashKey(row.projectId, row.hash), row.issueId]));
}

/**
 * Serializes the creation of issues for these hashes across workers: whoever holds a hash's
 * lock either finds its IssueHash row (committed by the previous holder) or creates it. Held
 * until the transaction ends; taken in sorted order so two workers cannot deadlock. The
 * two-int advisory key is (project id, first 32 bits of the hash): a collision only makes two
 * unrelated hashes wait for each other.
 */
export async function lockHashes(tx: SqlTx, hashes: readonly HashIdentity[]): Promise<void> {
  if (hashes.length === 0) return;
  const keys = [
    ...new Map(
      hashes.map((h) => {
        const objectId = Number.parseInt(h.hash.slice(0, 8), 16) | 0;
        return [`${h.projectId}:${objectId}`, [h.projectId, objectId] as const];
      }),
    ).values(),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  await tx.execute`
    SELECT pg_advisory_xact_lock(k."projectId", k."objectId")
    FROM (
      SELECT * FROM unnest(${keys.map((k) => k[0])}::int[], ${keys.map((k) => k[1])}::int[])
        AS u("projectId", "objectId")
      ORDER BY 1, 2
    ) k`;
}

export interface IssueHashRow extends HashIdentity {
  issueId: number;
  contributingValues: object;
}

/** Inserts hash → issue links; returns the keys inserted (an existing link is left alone). */
export async function insertIssueHashes(
  tx: SqlTx,
  rows: readonly IssueHashRow[],
  now: Date,
): Promise<Set<HashKey>> {
  if (rows.length === 0) return new Set();
  const json = rowsParameter(rows, (r) => ({
    p: r.projectId,
    h: r.hash,
    i: r.issueId,
    v: r.contributingValues,
  }));
  const inserted = await tx.prepared.query<HashIdentity>`
    INSERT INTO "IssueHash" ("projectId", "hash", "issueId", "contributingValues", "createdAt")
    SELECT r.p, r.h, r.i, r.v, ${utc(now)}::timestamp(3)
    FROM json_to_recordset(${json}::json) AS r(p int, h text, i int, v jsonb)
    ORDER BY 1, 2
    ON CONFLICT ("projectId", "hash") DO NOTHING
    RETURNING "projectId", "hash"::text AS "hash"`;
  return new Set(inserted.map((row) => hashKey(row.projectId, row.hash)));
}
