import { randomBytes } from "node:crypto";
import { sharedRedis } from "@/server/redis";
import type { StreamPosition } from "./issueStream";

/**
 * The ordered ids of a stream query at the moment its first page was read, kept in Redis so the
 * following pages are slices of the same list: issues bumped by new events meanwhile neither
 * repeat nor get skipped. Ids are packed as 4-byte integers and read back with GETRANGE, so a
 * page costs the same at any depth.
 */

const TTL_SECONDS = 30 * 60;
const KEY_PREFIX = "faultline:issue-stream:";
const ID_BYTES = 4;

export interface SnapshotMeta {
  /** Who asked what: a cursor only continues the query (and caller) it was made for. */
  fingerprint: string;
  length: number;
  /** When more issues matched than were kept: the last kept one, where keyset paging continues. */
  tail: StreamPosition | null;
}

export interface SnapshotSlice {
  meta: SnapshotMeta;
  ids: number[];
}

const idsKey = (id: string) => `${KEY_PREFIX}${id}:ids`;
const metaKey = (id: string) => `${KEY_PREFIX}${id}:meta`;

export async function saveSnapshot(
  fingerprint: string,
  ids: readonly number[],
  tail: StreamPosition | null,
): Promise<string> {
  const id = randomBytes(12).toString("base64url");
  const packed = Buffer.alloc(ids.length * ID_BYTES);
  ids.forEach((issueId, index) => packed.writeInt32BE(issueId, index * ID_BYTES));
  const meta: SnapshotMeta = { fingerprint, length: ids.length, tail };
  await sharedRedis()
    .multi()
    .set(idsKey(id), packed, "EX", TTL_SECONDS)
    .set(metaKey(id), JSON.stringify(meta), "EX", TTL_SECONDS)
    .exec();
  return id;
}

/** Ids `offset … offset + count - 1` of the snapshot, or null when it expired or never existed. */
export async function readSnapshotSlice(
  id: string,
  offset: number,
  count: number,
): Promise<SnapshotSlice | null> {
  const redis = sharedRedis();
  const [meta, packed] = await Promise.all([
    redis.get(metaKey(id)),
    redis.getrangeBuffer(idsKey(id), offset * ID_BYTES, (offset + count) * ID_BYTES - 1),
  ]);
  if (meta === null) return null;
  const ids: number[] = [];
  for (let at = 0; at + ID_BYTES <= packed.length; at += ID_BYTES) ids.push(packed.readInt32BE(at));
  return { meta: JSON.parse(meta) as SnapshotMeta, ids };
}
