import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { RateLimit } from "@/server/ingest/rateLimitHeader";
import type { CachedProjectKey } from "@/server/services/projectKeyCache";

interface QuotaRequest {
  events: number;
  resolve: (used: number) => void;
  reject: (error: unknown) => void;
}

interface Counter {
  windowEnd: number;
  requests: QuotaRequest[];
}

/**
 * Per-key quotas (ProjectKey.rateLimitCount events per rateLimitWindowSeconds) as fixed-window
 * Redis counters. The requests of one event-loop turn share one pipeline: per counter one INCRBY
 * of their events plus a PEXPIREAT, and each request learns the count up to and including its own
 * events, so the verdicts are what one request at a time would have got. A key found over its
 * quota is remembered in memory until its window ends, so a flooding SDK costs no Redis work at
 * all. The counters cannot share a round trip with the enqueue: a request must know its verdict
 * before its event is queued (docs/architecture.md, "Rate limits").
 */
export function createKeyQuota(redis: Redis) {
  const blockedUntil = new Map<string, number>();
  let gathered = new Map<string, Counter>();
  let scheduled = false;

  const send = () => {
    scheduled = false;
    const counters = [...gathered];
    gathered = new Map();
    const pipeline = redis.pipeline();
    for (const [name, counter] of counters) {
      const events = counter.requests.reduce((sum, request) => sum + request.events, 0);
      pipeline.incrby(name, events).pexpireat(name, counter.windowEnd);
    }
    pipeline.exec().then(
      (replies) => {
        counters.forEach(([, counter], index) => {
          const [error, total] = replies?.[index * 2] ?? [new Error("no reply from Redis")];
          if (error !== null) {
            for (const request of counter.requests) request.reject(error);
            return;
          }
          let before = Number(total) - counter.requests.reduce((sum, r) => sum + r.events, 0);
          for (const request of counter.requests) {
            before += request.events;
            request.resolve(before);
          }
        });
      },
      (error: unknown) => {
        for (const [, counter] of counters)
          for (const request of counter.requests) request.reject(error);
      },
    );
  };

  const charge = (name: string, windowEnd: number, events: number) =>
    new Promise<number>((resolve, reject) => {
      let counter = gathered.get(name);
      if (counter === undefined) {
        counter = { windowEnd, requests: [] };
        gathered.set(name, counter);
      }
      counter.requests.push({ events, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(send);
      }
    });

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
    const used = await charge(counter, windowEnd, events);
    if (used <= count) return null;
    if (blockedUntil.size > 10_000) blockedUntil.clear();
    blockedUntil.set(key.publicKey, windowEnd);
    return limit;
  };
}

/**
 * Global backpressure: when the events waiting to be processed exceed `maxBacklog`, everything is
 * refused for a while so the backlog (and Redis memory) cannot grow without bound. The count is
 * read at most once per `cacheMs`, not per request. A job holds several events, so the waiting
 * jobs are weighed with `eventsPerJob` (the events per job this edge has been forming lately).
 */
export function createBacklogGuard(
  queue: () => Queue,
  options: {
    maxBacklog: number;
    cacheMs?: number;
    retryAfterSeconds?: number;
    eventsPerJob?: () => number;
  },
) {
  const cacheMs = options.cacheMs ?? 1_000;
  let checkedAt = 0;
  let full = false;
  let pending: Promise<void> | undefined;

  const refresh = async () => {
    try {
      const counts = await queue().getJobCounts("waiting", "prioritized", "delayed");
      const jobs = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
      full = jobs * Math.max(1, options.eventsPerJob?.() ?? 1) > options.maxBacklog;
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
