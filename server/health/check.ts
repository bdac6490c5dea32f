import type { Redis } from "ioredis";
import { readWorkerHeartbeat, type WorkerHeartbeat } from "./heartbeat";

export interface HealthReport {
  /** "ok" when database, Redis and a worker all answer; "degraded" otherwise. */
  status: "ok" | "degraded";
  database: { ok: boolean; latencyMs: number | null };
  redis: { ok: boolean };
  worker: WorkerHeartbeat;
}

export interface HealthDependencies {
  /** Anything that runs `SELECT 1`: the Prisma client in production, a broken one in tests. */
  database: { $queryRaw: (query: TemplateStringsArray) => PromiseLike<unknown> };
  redis: Redis;
}

const DEFAULT_TIMEOUT_MS = 2_000;

/** Rejects after `ms`: a down Postgres or Redis must not make health requests hang. */
function withTimeout<T>(promise: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(promise), timeout]).finally(() => clearTimeout(timer));
}

async function checkDatabase(deps: HealthDependencies, timeoutMs: number) {
  const started = performance.now();
  try {
    await withTimeout(deps.database.$queryRaw`SELECT 1`, timeoutMs, "database");
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { ok: false, latencyMs: null };
  }
}

async function checkRedis(deps: HealthDependencies, timeoutMs: number) {
  try {
    const pong = await withTimeout(deps.redis.ping(), timeoutMs, "redis");
    return { ok: pong === "PONG" };
  } catch {
    return { ok: false };
  }
}

async function checkWorker(deps: HealthDependencies, timeoutMs: number): Promise<WorkerHeartbeat> {
  try {
    return await withTimeout(readWorkerHeartbeat(deps.redis), timeoutMs, "redis");
  } catch {
    return { alive: false, lastHeartbeat: null };
  }
}

export async function checkHealth(
  deps: HealthDependencies,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<HealthReport> {
  const [database, redis, worker] = await Promise.all([
    checkDatabase(deps, timeoutMs),
    checkRedis(deps, timeoutMs),
    checkWorker(deps, timeoutMs),
  ]);
  const status = database.ok && redis.ok && worker.alive ? "ok" : "degraded";
  return { status, database, redis, worker };
}

/** A missing worker degrades the report but keeps 200: web still serves, jobs wait in Redis. */
export function healthHttpStatus(report: HealthReport): 200 | 503 {
  return report.database.ok && report.redis.ok ? 200 : 503;
}
