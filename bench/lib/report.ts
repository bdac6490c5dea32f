import os from "node:os";
import { readFileSync } from "node:fs";

/** One figure beside its target: `higher` means the figure must reach the target, else stay under. */
export function figure(
  label: string,
  value: number,
  unit: string,
  target?: { value: number; higher: boolean },
): boolean {
  const shown = `${label.padEnd(38)} ${format(value)} ${unit}`;
  if (target === undefined) {
    console.log(shown);
    return true;
  }
  const ok = target.higher ? value >= target.value : value <= target.value;
  const ratio = target.value === 0 ? 0 : value / target.value;
  const relation = target.higher ? "≥" : "≤";
  console.log(
    `${shown.padEnd(56)} target ${relation} ${format(target.value)} ${unit}  ratio ${ratio.toFixed(2)}  ${ok ? "PASS" : "FAIL"}`,
  );
  return ok;
}

export function check(label: string, ok: boolean, detail: string): boolean {
  console.log(`${ok ? "PASS" : "FAIL"}  ${label}: ${detail}`);
  return ok;
}

function format(value: number): string {
  if (Number.isInteger(value) || value >= 100) return Math.round(value).toLocaleString("en-US");
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function machineLine(): string {
  const [one, five, fifteen] = os.loadavg().map((load) => load.toFixed(2));
  return `machine: ${os.cpus().length} cores, load average ${one} / ${five} / ${fifteen}, node ${process.version}`;
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Samples the RSS of the given processes every second; `stop` returns each one's maximum. */
/** Samples each process's RSS every second; `stop` returns each one's peak and the peak of their sum. */
export function sampleRss(pids: Record<string, number>): {
  stop(): Record<string, number>;
  peakTotal(): number;
} {
  const max: Record<string, number> = Object.fromEntries(Object.keys(pids).map((k) => [k, 0]));
  let total = 0;
  const take = () => {
    let sum = 0;
    for (const [name, pid] of Object.entries(pids)) {
      const rss = rssMb(pid);
      max[name] = Math.max(max[name] ?? 0, rss);
      sum += rss;
    }
    total = Math.max(total, sum);
  };
  take();
  const timer = setInterval(take, 1_000);
  return {
    stop() {
      clearInterval(timer);
      take();
      return max;
    },
    peakTotal: () => total,
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
