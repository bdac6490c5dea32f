import { hostname } from "node:os";
import type { Redis } from "ioredis";

/** `faultline:worker:heartbeat:<hostname>:<pid>` → ISO time of the last beat, expiring after TTL. */
export const HEARTBEAT_KEY_PREFIX = "faultline:worker:heartbeat:";
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** Six missed beats: a worker busy on a long job still counts as alive; a dead one is gone in 30 s. */
export const HEARTBEAT_TTL_SECONDS = 30;

export function heartbeatKey(host: string = hostname(), pid: number = process.pid): string {
  return `${HEARTBEAT_KEY_PREFIX}${host}:${pid}`;
}

export interface Heartbeat {
  /** Stops beating and deletes the key, so health reports the worker gone at once. */
  stop(): Promise<void>;
}

export interface HeartbeatOptions {
  key?: string;
  intervalMs?: number;
  ttlSeconds?: number;
  onError?: (error: unknown) => void;
}

/** Beats once right away, then every interval. A failed beat is reported, never thrown. */
export function startHeartbeat(redis: Redis, options: HeartbeatOptions = {}): Heartbeat {
  const key = options.key ?? heartbeatKey();
  const ttl = options.ttlSeconds ?? HEARTBEAT_TTL_SECONDS;
  const onError = options.onError ?? ((error) => console.error("heartbeat failed:", error));

  let pending: Promise<unknown> = Promise.resolve();
  const beat = () => {
    pending = redis.set(key, new Date().toISOString(), "EX", ttl).catch(onError);
  };
  beat();
  const timer = setInterval(beat, options.intervalMs ?? HEARTBEAT_INTERVAL_MS);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      await pending;
      await redis.del(key).catch(onError);
    },
  };
}

export interface WorkerHeartbeat {
  alive: boolean;
  /** The newest beat of any worker, ISO 8601, or null when none is alive. */
  lastHeartbeat: string | null;
}

/** Bounded scan: a handful of workers is the normal case; stop looking after `maxKeys`. */
export async function readWorkerHeartbeat(redis: Redis, maxKeys = 1_000): Promise<WorkerHeartbeat> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(
      cursor,
      "MATCH",
      `${HEARTBEAT_KEY_PREFIX}*`,
      "COUNT",
      200,
    );
    keys.push(...batch);
    cursor = next;
  } while (cursor !== "0" && keys.length < maxKeys);

  if (keys.length === 0) return { alive: false, lastHeartbeat: null };
  const values = await redis.mget(...keys.slice(0, maxKeys));
  const beats = values.filter((value): value is string => value !== null).sort();
  const lastHeartbeat = beats.at(-1) ?? null;
  return { alive: lastHeartbeat !== null, lastHeartbeat };
}
