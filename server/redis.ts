import { Redis, type RedisOptions } from "ioredis";
import { env } from "./env";

/**
 * A new connection to the configured Redis. BullMQ needs `maxRetriesPerRequest: null` on
 * connections it blocks on (workers); callers that must fail fast pass their own options.
 */
export function createRedis(options: RedisOptions = {}): Redis {
  return new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false, ...options });
}

const globalForRedis = globalThis as unknown as { faultlineRedis?: Redis };

/** The process-wide shared connection for plain commands (not for BullMQ workers). */
export function sharedRedis(): Redis {
  globalForRedis.faultlineRedis ??= createRedis({ maxRetriesPerRequest: 3 });
  return globalForRedis.faultlineRedis;
}
