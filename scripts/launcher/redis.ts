import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { readText, type DataPaths } from "./dataDir";
import { LaunchError } from "./errors";

/** One PING with no retries: answers whether a Redis is there right now. */
export async function pingRedis(url: string, timeoutMs = 1_500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const SEARCH_PATH = ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"];

export function findRedisServer(envPath = process.env.PATH ?? ""): string | null {
  for (const dir of [...envPath.split(path.delimiter).filter(Boolean), ...SEARCH_PATH]) {
    const candidate = path.join(dir, "redis-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

export interface LocalRedis {
  url: string;
  reused: boolean;
  stop(): Promise<void>;
}

/**
 * The machine's redis-server as a daemon with its files in `.data/redis` and the append-only file
 * on, so queued jobs survive a restart. Adopts one an earlier launcher left running.
 */
export async function startLocalRedis(paths: DataPaths, port: number): Promise<LocalRedis> {
  const url = `redis://127.0.0.1:${port}`;
  const pidFile = path.join(paths.redisDir, "redis.pid");
  const logFile = path.join(paths.redisDir, "redis.log");
  const ownPid = () => Number.parseInt(readText(pidFile)?.trim() ?? "", 10);

  const stop = async () => {
    const pid = ownPid();
    if (!Number.isInteger(pid) || !isRunning(pid)) return;
    process.kill(pid, "SIGTERM"); // Redis flushes the AOF and exits.
    await waitFor(() => !isRunning(pid), 10_000);
  };

  const pid = ownPid();
  if (Number.isInteger(pid) && isRunning(pid) && (await pingRedis(url))) {
    return { url, reused: true, stop };
  }

  const server = findRedisServer();
  if (server === null) {
    throw new LaunchError(
      "Redis is not reachable at redis://127.0.0.1:6379 and redis-server is not installed: " +
        "install it (apt-get install redis-server) or set REDIS_URL",
    );
  }
  mkdirSync(paths.redisDir, { recursive: true });
  const started = spawnSync(
    server,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      paths.redisDir,
      "--appendonly",
      "yes",
      "--appendfsync",
      "everysec",
      "--save",
      "",
      "--daemonize",
      "yes",
      "--pidfile",
      pidFile,
      "--logfile",
      logFile,
    ],
    { encoding: "utf8", timeout: 30_000 },
  );
  if (started.status !== 0 || !(await waitFor(() => pingRedis(url, 500), 10_000))) {
    const tail = readText(logFile)?.trim().split("\n").slice(-1)[0] ?? started.stderr.trim();
    throw new LaunchError(`redis-server did not start on port ${port} (see ${logFile}): ${tail}`);
  }
  return { url, reused: false, stop };
}
