import { readdirSync, readFileSync } from "node:fs";
import type { Redis } from "ioredis";

/**
 * CPU seconds spent by the processes a phase runs on (Linux /proc). On a machine shared with other
 * work, events/s follows whatever else runs; CPU per event does not, so the benchmark prints both.
 */
const TICKS_PER_SECOND = 100;

/** user + system CPU seconds of one process, 0 when it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesized command name; utime and stime are the 14th and 15th overall.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Postgres backends serving `database` (their process title names it). */
export function backendPids(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (title.startsWith("postgres:") && title.includes(` ${database} `))
        pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const value = (name: string) =>
    Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(info)?.[1] ?? 0);
  return value("used_cpu_user") + value("used_cpu_sys");
}

export interface CpuSnapshot {
  processes: Record<string, number>;
  /** Per backend pid, so backends that start later count from zero. */
  postgres: Map<number, number>;
  redis: number;
}

export async function cpuSnapshot(
  pids: Record<string, number>,
  database: string,
  redis: Redis,
): Promise<CpuSnapshot> {
  return {
    processes: Object.fromEntries(
      Object.entries(pids).map(([name, pid]) => [name, processCpuSeconds(pid)]),
    ),
    postgres: new Map(backendPids(database).map((pid) => [pid, processCpuSeconds(pid)])),
    redis: await redisCpuSeconds(redis),
  };
}

/** CPU seconds between two snapshots, per process name plus `postgres` and `redis`. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [name, seconds] of Object.entries(after.processes)) {
    spent[name] = seconds - (before.processes[name] ?? 0);
  }
  let postgres = 0;
  for (const [pid, seconds] of after.postgres)
    postgres += seconds - (before.postgres.get(pid) ?? 0);
  spent.postgres = postgres;
  spent.redis = after.redis - before.redis;
  return spent;
}
