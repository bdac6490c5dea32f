import "./lib/benchEnv";
import type { Queue } from "bullmq";
import { db } from "@/server/db/client";
import { eventsQueue } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { startChild } from "./lib/children";
import { processCpuSeconds } from "./lib/cpu";
import { freshBenchProject } from "./lib/database";
import { fixtureRequest, gzipped } from "./lib/fixture";
import { load, type LoadFigures } from "./lib/load";
import { pacedLoad, type PacedFigures } from "./lib/pacedLoad";
import { check, figure, machineLine } from "./lib/report";

/**
 * Edge throughput against a bare node:http baseline, then latency at a steady 1,000 req/s
 * (issue #4, "Benchmarks"). Servers run in child processes; autocannon runs here.
 */
const CONNECTIONS = 32;
const DURATION_S = 10;
const WARM_UP_S = 2;
const STEADY_RATE = 1_000;
/** The pipeline target's rate: bench:pipeline's `--job-events` default is what the edge forms here. */
const PIPELINE_RATE = 3_000;
const QUEUE = `events-bench-ingest-${process.pid}`;

type Measured = LoadFigures & { cpuMicrosPerRequest: number; jobs: number };

/**
 * Warm-up, then the measured run. Requests/s follows whatever else the shared machine runs; the
 * server's CPU time per request does not, so both are printed. `jobs` counts the jobs the run
 * added to `queue` (no worker takes them).
 */
async function measure(
  url: string,
  request: { headers: Record<string, string>; body: Buffer },
  serverPid: number,
  queue?: Queue,
): Promise<Measured> {
  const options = { url, method: "POST", connections: CONNECTIONS, ...request };
  await load({ ...options, duration: WARM_UP_S });
  const jobsBefore = (await queue?.getWaitingCount()) ?? 0;
  const cpuBefore = processCpuSeconds(serverPid);
  const run = await load({ ...options, duration: DURATION_S });
  const cpu = processCpuSeconds(serverPid) - cpuBefore;
  const jobs = ((await queue?.getWaitingCount()) ?? 0) - jobsBefore;
  return { ...run, cpuMicrosPerRequest: (cpu * 1e6) / Math.max(1, run.total), jobs };
}

/** One event per request: the events the edge put in each job it added (no worker takes them). */
function eventsPerJob(accepted: number, jobs: number): number {
  return accepted / Math.max(1, jobs);
}

/** Evenly spaced requests (pacedLoad), not autocannon's `overallRate`, which bursts each second. */
async function steadyRun(
  url: string,
  request: { headers: Record<string, string>; body: Buffer },
  rate: number,
  queue: Queue,
): Promise<PacedFigures & { jobs: number }> {
  await queue.obliterate({ force: true });
  const run = await pacedLoad({
    url,
    rate,
    durationS: DURATION_S,
    connections: CONNECTIONS,
    request: () => request,
  });
  return { ...run, jobs: await queue.getWaitingCount() };
}

function printRun(label: string, run: Measured): void {
  console.log(`\n${label}`);
  figure("  requests/s", run.requestsPerSecond, "req/s");
  figure("  latency p50", run.p50, "ms");
  figure("  latency p99", run.p99, "ms");
  figure("  server CPU per request", run.cpuMicrosPerRequest, "µs");
  figure("  requests (2xx + other)", run.total, "");
  figure("  non-2xx responses", run.non2xx, "");
  figure("  errors + timeouts", run.errors, "");
}

async function main(): Promise<void> {
  console.log(machineLine());
  const project = await freshBenchProject();
  const request = fixtureRequest("node-capture-exception.envelope", project);
  const body = gzipped(request);
  console.log(
    `fixture node-capture-exception.envelope: ${request.raw.length} bytes, gzipped ${body.body.length} bytes`,
  );
  console.log(
    `${CONNECTIONS} keep-alive connections, ${WARM_UP_S} s warm-up then ${DURATION_S} s per server; ` +
      `no worker runs (the edge bench measures accept + enqueue; queue ${QUEUE} is obliterated at the end)`,
  );
  // The backlog guard would answer 429 once ~200k jobs wait with no worker; lifted for the bench.
  const edge = await startChild("edge", [QUEUE, "10000000"]);
  const baseline = await startChild("baseline");
  const connection = createRedis();
  const queue = eventsQueue(connection, QUEUE);
  let ok = true;
  try {
    const base = await measure(
      `http://127.0.0.1:${baseline.port}${request.path}`,
      body,
      baseline.pid,
    );
    printRun("baseline (bare node:http, reads body, 200 {})", base);
    const edgeUrl = `http://127.0.0.1:${edge.port}${request.path}`;
    const lean = await measure(edgeUrl, body, edge.pid, queue);
    printRun("edge (createLeanServer + ingestRoutes, enqueue to Redis)", lean);
    figure(
      "  events per job the edge formed",
      eventsPerJob(lean.total - lean.non2xx, lean.jobs),
      `(${lean.jobs} jobs)`,
    );
    await queue.obliterate({ force: true });

    console.log("");
    ok =
      figure("edge / baseline requests/s", lean.requestsPerSecond / base.requestsPerSecond, "×", {
        value: 0.5,
        higher: true,
      }) && ok;
    ok =
      check(
        "no non-2xx or errors",
        base.non2xx + lean.non2xx + base.errors + lean.errors === 0,
        `baseline ${base.non2xx} non-2xx / ${base.errors} errors, edge ${lean.non2xx} non-2xx / ${lean.errors} errors`,
      ) && ok;

    const steady = await steadyRun(edgeUrl, body, STEADY_RATE, queue);
    console.log(
      `\nedge at a steady ${STEADY_RATE} req/s for ${DURATION_S} s (evenly spaced, after 1 s of warm-up; latency from each request's due time)`,
    );
    figure("  achieved requests/s", steady.requestsPerSecond, "req/s");
    figure(
      "  events per job the edge formed",
      eventsPerJob(steady.sent - steady.non2xx, steady.jobs),
      `(${steady.jobs} jobs)`,
    );
    figure("  latency p50", steady.p50, "ms");
    ok = figure("  latency p99", steady.p99, "ms", { value: 20, higher: false }) && ok;
    ok =
      check(
        "steady phase: no non-2xx or errors",
        steady.non2xx + steady.errors === 0,
        `${steady.non2xx} non-2xx, ${steady.errors} errors`,
      ) && ok;

    const pipelineRate = await steadyRun(edgeUrl, body, PIPELINE_RATE, queue);
    console.log(
      `\nedge at a steady ${PIPELINE_RATE} req/s for ${DURATION_S} s (bench:pipeline's --job-events default)`,
    );
    figure("  achieved requests/s", pipelineRate.requestsPerSecond, "req/s");
    figure(
      "  events per job the edge formed",
      eventsPerJob(pipelineRate.sent - pipelineRate.non2xx, pipelineRate.jobs),
      `(${pipelineRate.jobs} jobs)`,
    );
    figure("  latency p99", pipelineRate.p99, "ms");
    console.log(machineLine());
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await connection.quit();
    await Promise.all([edge.stop(), baseline.stop()]);
    await db.$disconnect();
  }
  if (!ok) {
    console.error("\nbench:ingest: FAIL (see above)");
    process.exitCode = 1;
  }
}

await main();
