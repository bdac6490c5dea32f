import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { RateLimit } from "@/server/ingest/rateLimitHeader";
import type { CachedProjectKey } from "@/server/services/projectKeyCache";

/**
 * Per-key quotas (ProjectKey.rateLimitCount events per rateLimitWindowSeconds) as fixed-window
 * Redis counters: INCRBY + EXPIRE in one MULTI, so one round trip per request that carries events.
 * A key found over its quota is remembered in memory until its window ends, so a flooding SDK
 * costs no Redis work at all. The counter cannot share a pipeline with the enqueue because
 * BullMQ's addBulk gathers many requests' events; see docs/architecture.md ("Rate limits").
 */
export function createKeyQuota(redis: Redis) {
  const blockedUntil = new Map<string, number>();

  return async function overQuota(
    key: CachedProjectKey,
    events: number,
    now = Date.now(),
  ): Promise<RateLimit | null> {
    const { rateLimitCount: count, rateLimitWindowSeconds: windowSeconds } = key;
    if (count === null || windowSeconds === null || events === 0) return null;
    const windowMs = windowSeconds * 1000;
    const windowEnd = (Math.floor(now / windowMs) + 1) * windowMs;
    const limit: RateLimit = {
      retryAfterSeconds: Math.max(1, (windowEnd - now) / 1000),
      categories: ["error", "default"],
      scope: "key",
      reasonCode: "key_quota",
    };
    if ((blockedUntil.get(key.publicKey) ?? 0) > now) return limit;

    const counter = `faultline:rate:${key.publicKey}:${windowSeconds}:${Math.floor(now / windowMs)}`;
    const replies = await redis
      .multi()
      .incrby(counter, events)
      .pexpireat(counter, windowEnd)
      .exec();
    const used = Number(replies?.[0]?.[1] ?? 0);
    if (used <= count) return null;
    if (blockedUntil.size > 10_000) blockedUntil.clear();
    blockedUntil.set(key.publicKey, windowEnd);
    return limit;
  };
}

/**
 * Global backpressure: when the events waiting to be processed exceed `maxBacklog`, everything is
 * refused for a while so the backlog (and Redis memory) cannot grow without bound. The count is
 * read at most once per `cacheMs`, not per request.
 */
export function createBacklogGuard(
  queue: () => Queue,
  options: { maxBacklog: number; cacheMs?: number; retryAfterSeconds?: number },
) {
  const cacheMs = options.cacheMs ?? 1_000;
  let checkedAt = 0;
  let full = false;
  let pending: Promise<void> | undefined;

  const refresh = async () => {
    try {
      const counts = await queue().getJobCounts("waiting", "prioritized", "delayed");
      const backlog = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
      full = backlog > options.maxBacklog;
    } catch {
      // Redis trouble shows up at the enqueue; keep the last answer until the next check.
    }
    checkedAt = Date.now();
  };

  return async function backlogLimit(): Promise<RateLimit | null> {
    if (Date.now() - checkedAt > cacheMs) {
      pending ??= refresh().finally(() => (pending = undefined));
      await pending;
    }
    if (!full) return null;
    return {
      retryAfterSeconds: options.retryAfterSeconds ?? 10,
      categories: [],
      scope: "organization",
      reasonCode: "backlog",
    };
  };
}
