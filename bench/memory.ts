import "./lib/benchEnv";
import "./lib/benchAuthSecret";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { db } from "@/server/db/client";
import { Redis } from "ioredis";
import {
  bundleServerProcesses,
  SERVER_NODE_FLAGS,
  type ServerProcess,
} from "../scripts/launcher/serverProcesses";
import { waitForHealth } from "../scripts/launcher/health";
import { processCpuSeconds } from "./lib/cpu";
import { freshBenchProject } from "./lib/database";
import { figure, machineLine, rssMb, sampleRss } from "./lib/report";
import { steadyEnvelopes } from "./lib/steadyLoad";
import { storedEvents } from "./lib/visibility";

/**
 * `npm run bench:memory`: the RSS of the processes `npm start` runs — the real web process (ingest
 * edge AND Next) and the worker, bundled and flagged exactly as the launcher starts them — while
 * they take a steady 1,000 events/s of 8 KB for 60 s and store them (issue #4: "web + worker RSS
 * ≤ 512 MB throughout"). bench:pipeline's RSS figure is its lean edge without Next; this one is
 * the whole web process. Builds the Next app first when .next/ is not current (about a minute).
 */
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const REDIS_DB = Number(process.env.BENCH_REDIS_DB ?? 13);
const RATE = 1_000;
const DURATION_S = 60;
const EVENT_BYTES = 8 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  console.log(machineLine());
  const redisUrl = `redis://127.0.0.1:6379/${REDIS_DB}`;
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  const project = await freshBenchProject();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    REDIS_URL: redisUrl,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-if-needed.ts"], {
    env,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("next build failed");
  const bundles = bundleServerProcesses(process.cwd());
  const start = (name: ServerProcess): ChildProcess =>
    spawn(process.execPath, [...SERVER_NODE_FLAGS, bundles[name]], { env, stdio: "ignore" });
  const processes = { web: start("web"), worker: start("worker") };
  const pids = { web: processes.web.pid ?? 0, worker: processes.worker.pid ?? 0 };
  try {
    await waitForHealth(
      `http://127.0.0.1:${PORT}/api/health`,
      Object.entries(processes).map(([name, process]) => ({ name, process })),
      120_000,
    );
    // Pages load Next's server code for them, as a person using the UI would.
    for (let i = 0; i < 5; i++) {
      for (const page of ["/sign-in", "/setup", "/"]) {
        await fetch(`http://127.0.0.1:${PORT}${page}`, { redirect: "manual" });
      }
    }
    await sleep(2_000);
    console.log(
      `after start and page loads: web ${rssMb(pids.web).toFixed(0)} MB, worker ${rssMb(pids.worker).toFixed(0)} MB`,
    );
    const rss = sampleRss(pids);
    const cpuBefore = { web: processCpuSeconds(pids.web), worker: processCpuSeconds(pids.worker) };
    const load = await steadyEnvelopes({
      url: `http://127.0.0.1:${PORT}/api/${project.projectId}/envelope/?sentry_key=${project.publicKey}&sentry_version=7`,
      headers: {},
      rate: RATE,
      durationS: DURATION_S,
      bytes: EVENT_BYTES,
      onAccepted: () => undefined,
    });
    const deadline = Date.now() + 120_000;
    while ((await storedEvents(project.projectId)) < load.accepted && Date.now() < deadline) {
      await sleep(500);
    }
    const stored = await storedEvents(project.projectId);
    const cpu = {
      web: processCpuSeconds(pids.web) - cpuBefore.web,
      worker: processCpuSeconds(pids.worker) - cpuBefore.worker,
    };
    const peaks = rss.stop();
    console.log(
      `\n${RATE} events/s of ${EVENT_BYTES / 1024} KB for ${DURATION_S} s through the web process, until the worker stored them`,
    );
    figure("  envelopes accepted (200)", load.accepted, `of ${load.sent} sent`);
    figure("  events stored", stored, "events");
    figure("  web CPU per 1,000 events", (cpu.web * 1000) / Math.max(1, stored), "s");
    figure("  worker CPU per 1,000 events", (cpu.worker * 1000) / Math.max(1, stored), "s");
    console.log("memory (RSS sampled every second)");
    figure("  web peak (ingest edge + Next)", peaks.web ?? 0, "MB");
    figure("  worker peak", peaks.worker ?? 0, "MB");
    const ok = figure("  web + worker, peak of the sum", rss.peakTotal(), "MB", {
      value: 512,
      higher: false,
    });
    const complete = load.non2xx + load.errors === 0 && stored >= load.accepted;
    console.log(
      `${complete ? "PASS" : "FAIL"}  every accepted event stored: ${load.non2xx} non-2xx, ${load.errors} errors, ${stored} stored of ${load.accepted} accepted`,
    );
    console.log(`\n${machineLine()}`);
    if (!ok || !complete) process.exitCode = 1;
  } finally {
    for (const child of Object.values(processes)) child.kill("SIGTERM");
    await db.$disconnect();
  }
}

await main();
