import type { Redis } from "ioredis";
import { db } from "@/server/db/client";
import { createRedis, sharedRedis } from "@/server/redis";

/**
 * What the ingest edge needs to know about a DSN public key, without asking Postgres per request:
 * an in-process Map (short TTL) in front of a Redis hash per key (longer TTL), filled from Postgres
 * on a miss. `publishProjectKeyChange` rewrites the Redis hash and tells every process to drop its
 * in-memory copy, so disabling or rotating a key takes effect at once everywhere.
 */
export interface CachedProjectKey {
  publicKey: string;
  projectId: number;
  isActive: boolean;
  /** The project's CORS allowlist (`["*"]` by default). */
  allowedOrigins: string[];
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
}

export const PROJECT_KEY_CHANNEL = "faultline:project-key-changed";
const REDIS_KEY_PREFIX = "faultline:project-key:";
/** Changes are published, so this only bounds what a lost publish (Redis hiccup) can leave stale. */
const REDIS_TTL_SECONDS = 60;
const MEMORY_TTL_MS = 10_000;
/** Unknown keys are remembered briefly so a misconfigured SDK cannot make every request a query. */
const MISSING_TTL_MS = 5_000;
const MAX_MEMORY_ENTRIES = 10_000;

type MemoryEntry = { value: CachedProjectKey | null; expiresAt: number };

export interface ProjectKeyCache {
  /** The key, null when no such key exists (active or not). */
  get(publicKey: string): Promise<CachedProjectKey | null>;
  /** Drops the in-memory copy (called on a change message). */
  forget(publicKey: string): void;
  close(): Promise<void>;
}

function redisKey(publicKey: string): string {
  return `${REDIS_KEY_PREFIX}${publicKey}`;
}

const KEY_COLUMNS = {
  publicKey: true,
  projectId: true,
  isActive: true,
  rateLimitCount: true,
  rateLimitWindowSeconds: true,
  project: { select: { allowedOrigins: true } },
} as const;

function cachedKey(key: {
  publicKey: string;
  projectId: number;
  isActive: boolean;
  rateLimitCount: number | null;
  rateLimitWindowSeconds: number | null;
  project: { allowedOrigins: string[] };
}): CachedProjectKey {
  return {
    publicKey: key.publicKey,
    projectId: key.projectId,
    isActive: key.isActive,
    allowedOrigins: key.project.allowedOrigins.length > 0 ? key.project.allowedOrigins : ["*"],
    rateLimitCount: key.rateLimitCount,
    rateLimitWindowSeconds: key.rateLimitWindowSeconds,
  };
}

async function loadFromDatabase(publicKey: string): Promise<CachedProjectKey | null> {
  const key = await db.projectKey.findUnique({ where: { publicKey }, select: KEY_COLUMNS });
  return key === null ? null : cachedKey(key);
}

function toHash(key: CachedProjectKey): Record<string, string> {
  return {
    projectId: String(key.projectId),
    isActive: key.isActive ? "1" : "0",
    allowedOrigins: JSON.stringify(key.allowedOrigins),
    rateLimitCount: key.rateLimitCount === null ? "" : String(key.rateLimitCount),
    rateLimitWindowSeconds:
      key.rateLimitWindowSeconds === null ? "" : String(key.rateLimitWindowSeconds),
  };
}

function fromHash(publicKey: string, hash: Record<string, string>): CachedProjectKey | null {
  const projectId = Number(hash.projectId);
  if (!Number.isSafeInteger(projectId) || projectId <= 0) return null;
  let allowedOrigins: string[] = ["*"];
  try {
    const parsed: unknown = JSON.parse(hash.allowedOrigins ?? '["*"]');
    if (Array.isArray(parsed)) allowedOrigins = parsed.filter((o) => typeof o === "string");
  } catch {
    // A damaged entry falls back to the default; the next rewrite repairs it.
  }
  const optionalInt = (text: string | undefined) =>
    text === undefined || text === "" ? null : Number(text);
  return {
    publicKey,
    projectId,
    isActive: hash.isActive === "1",
    allowedOrigins,
    rateLimitCount: optionalInt(hash.rateLimitCount),
    rateLimitWindowSeconds: optionalInt(hash.rateLimitWindowSeconds),
  };
}

async function writeRedisEntry(redis: Redis, key: CachedProjectKey): Promise<void> {
  await redis
    .multi()
    .del(redisKey(key.publicKey))
    .hset(redisKey(key.publicKey), toHash(key))
    .expire(redisKey(key.publicKey), REDIS_TTL_SECONDS)
    .exec();
}

export function createProjectKeyCache(
  options: { redis?: Redis; subscribe?: boolean } = {},
): ProjectKeyCache {
  const redis = options.redis ?? sharedRedis();
  const memory = new Map<string, MemoryEntry>();
  const loading = new Map<string, Promise<CachedProjectKey | null>>();

  const remember = (publicKey: string, value: CachedProjectKey | null) => {
    if (memory.size >= MAX_MEMORY_ENTRIES) memory.clear();
    memory.set(publicKey, {
      value,
      expiresAt: Date.now() + (value === null ? MISSING_TTL_MS : MEMORY_TTL_MS),
    });
  };

  let subscriber: Redis | undefined;
  if (options.subscribe !== false) {
    subscriber = createRedis({ maxRetriesPerRequest: null });
    subscriber.on("error", () => {
      // Reconnects on its own; meanwhile the memory TTL bounds staleness.
    });
    void subscriber.subscribe(PROJECT_KEY_CHANNEL).catch(() => undefined);
    subscriber.on("message", (_channel: string, publicKey: string) => memory.delete(publicKey));
  }

  const load = async (publicKey: string): Promise<CachedProjectKey | null> => {
    const hash = await redis.hgetall(redisKey(publicKey));
    const cached = Object.keys(hash).length > 0 ? fromHash(publicKey, hash) : null;
    if (cached !== null) return cached;
    const fresh = await loadFromDatabase(publicKey);
    if (fresh !== null) await writeRedisEntry(redis, fresh);
    return fresh;
  };

  return {
    async get(publicKey) {
      const entry = memory.get(publicKey);
      if (entry !== undefined && entry.expiresAt > Date.now()) return entry.value;
      // Concurrent requests for a cold key share one lookup.
      let pending = loading.get(publicKey);
      if (pending === undefined) {
        pending = load(publicKey).finally(() => loading.delete(publicKey));
        loading.set(publicKey, pending);
      }
      const value = await pending;
      remember(publicKey, value);
      return value;
    },
    forget(publicKey) {
      memory.delete(publicKey);
    },
    async close() {
      memory.clear();
      if (subscriber !== undefined) await subscriber.quit().catch(() => undefined);
    },
  };
}

/**
 * Rewrites the Redis entry from Postgres (or deletes it when the key is gone) and tells every
 * process to drop its in-memory copy. Called by server/services/projectKeys.ts after each change.
 */
export async function publishProjectKeyChange(
  publicKey: string,
  redis: Redis = sharedRedis(),
): Promise<void> {
  const fresh = await loadFromDatabase(publicKey);
  if (fresh === null) await redis.del(redisKey(publicKey));
  else await writeRedisEntry(redis, fresh);
  await redis.publish(PROJECT_KEY_CHANNEL, publicKey);
}

/**
 * The same for every key of a project, after a change to the project's own settings that the
 * edge reads through its keys (allowed origins). Called by server/services/projects.ts.
 */
export async function publishProjectChange(
  projectId: number,
  redis: Redis = sharedRedis(),
): Promise<void> {
  const keys = await db.projectKey.findMany({ where: { projectId }, select: KEY_COLUMNS });
  for (const key of keys) {
    await writeRedisEntry(redis, cachedKey(key));
    await redis.publish(PROJECT_KEY_CHANNEL, key.publicKey);
  }
}
