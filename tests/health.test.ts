import { spawn } from "node:child_process";
import { PrismaPg } from "@prisma/adapter-pg";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { PrismaClient } from "@/server/db/generated/client";
import { env } from "@/server/env";
import { checkHealth, healthHttpStatus } from "@/server/health/check";
import {
  HEARTBEAT_KEY_PREFIX,
  heartbeatKey,
  readWorkerHeartbeat,
  startHeartbeat,
} from "@/server/health/heartbeat";

// Real Redis (the test database number from tests/setup/env.ts) and the real test Postgres.
const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });

/** Clients pointed at a port nothing listens on: what health sees when a service is down. */
const CLOSED_PORT = 1;
const deadRedis = new Redis(`redis://127.0.0.1:${CLOSED_PORT}`, {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  enableOfflineQueue: false,
  retryStrategy: () => null,
});
deadRedis.on("error", () => undefined);
const deadDatabase = new PrismaClient({
  adapter: new PrismaPg({
    connectionString: `postgresql://postgres@127.0.0.1:${CLOSED_PORT}/none`,
    connectionTimeoutMillis: 500,
  }),
});

async function clearHeartbeats(): Promise<void> {
  const keys = await redis.keys(`${HEARTBEAT_KEY_PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
}

beforeEach(clearHeartbeats);
afterAll(async () => {
  await clearHeartbeats();
  redis.disconnect();
  await deadDatabase.$disconnect();
});

describe("health check", () => {
  it("reports database and Redis up and no worker as degraded but serving (200)", async () => {
    const report = await checkHealth({ database: db, redis });

    expect(report.database.ok).toBe(true);
    expect(report.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(report.redis).toEqual({ ok: true });
    expect(report.worker).toEqual({ alive: false, lastHeartbeat: null });
    expect(report.status).toBe("degraded");
    expect(healthHttpStatus(report)).toBe(200);
  });

  it("reports ok once a worker beats", async () => {
    const heartbeat = startHeartbeat(redis, { key: heartbeatKey("test-host", 4242) });
    try {
      await expect.poll(async () => (await checkHealth({ database: db, redis })).status).toBe("ok");
      const report = await checkHealth({ database: db, redis });
      expect(report.worker.alive).toBe(true);
      expect(Date.now() - Date.parse(report.worker.lastHeartbeat ?? "")).toBeLessThan(10_000);
    } finally {
      await heartbeat.stop();
    }
    // A stopped worker removes its key: health notices at once, not after the TTL.
    expect((await checkHealth({ database: db, redis })).worker.alive).toBe(false);
  });

  it("answers 503 within the timeout when Redis is down", async () => {
    const started = Date.now();
    const report = await checkHealth({ database: db, redis: deadRedis }, 1_000);

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(report.redis.ok).toBe(false);
    expect(report.worker.alive).toBe(false);
    expect(report.status).toBe("degraded");
    expect(healthHttpStatus(report)).toBe(503);
  });

  it("answers 503 when the database is down", async () => {
    const report = await checkHealth({ database: deadDatabase, redis }, 1_000);

    expect(report.database).toEqual({ ok: false, latencyMs: null });
    expect(report.redis.ok).toBe(true);
    expect(healthHttpStatus(report)).toBe(503);
  });
});

describe("worker heartbeat", () => {
  it("writes faultline:worker:heartbeat:<host>:<pid> with an ISO time and a 30 s expiry", async () => {
    const key = heartbeatKey("test-host", 99);
    expect(key).toBe("faultline:worker:heartbeat:test-host:99");

    const heartbeat = startHeartbeat(redis, { key });
    try {
      await expect.poll(() => redis.get(key)).not.toBeNull();
      const value = await redis.get(key);
      expect(new Date(value ?? "").toISOString()).toBe(value);
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(25);
      expect(ttl).toBeLessThanOrEqual(30);
    } finally {
      await heartbeat.stop();
    }
    expect(await redis.exists(key)).toBe(0);
  });

  it("reports the newest beat among several workers", async () => {
    await redis.set(heartbeatKey("a", 1), "2026-01-01T00:00:00.000Z", "EX", 30);
    await redis.set(heartbeatKey("b", 2), "2026-01-01T00:00:05.000Z", "EX", 30);

    expect(await readWorkerHeartbeat(redis)).toEqual({
      alive: true,
      lastHeartbeat: "2026-01-01T00:00:05.000Z",
    });
  });
});

describe("worker process", () => {
  it("beats while running and exits 0 soon after SIGTERM, removing its heartbeat", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "workers/index.ts"], {
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.once("exit", (code, signal) => resolve({ code, signal })),
    );

    try {
      const key = heartbeatKey(undefined, child.pid);
      await expect.poll(() => redis.exists(key), { timeout: 25_000, interval: 250 }).toBe(1);

      const signalled = Date.now();
      child.kill("SIGTERM");
      const result = await exited;

      expect(result, output).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(5_000);
      expect(await redis.exists(key)).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 40_000);
});
