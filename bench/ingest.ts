import "./lib/benchEnv";
import { db } from "@/server/db/client";
import { eventsQueue } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { startChild } from "./lib/children";
import { processCpuSeconds } from "./lib/cpu";
import { freshBenchProject } from "./lib/database";
import { fixtureRequest, gzipped } from "./lib/fixture";
import { load, type LoadFigures } from "./lib/load";
import { check, figure, machineLine } from "./lib/report";

/**
 * Edge throughput against a bare node:http baseline, then latency at a steady 1,000 req/s
 * (issue #4, "Benchmarks"). Servers run in child processes; autocannon runs here.
 */
const CONNECTIONS = 32;
const DURATION_S = 10;
const WARM_UP_S = 2;
const STEADY_RATE = 1_000;
const QUEUE = `events-bench-ingest-${process.pid}`;

type Measured = LoadFigures & { cpuMicrosPerRequest: number };

/**
 * Warm-up, then the measured run. Requests/s follows whatever else the shared machine runs; the
 * server's CPU time per request does not, so both are printed.
 */
async function measure(
  url: string,
  request: { headers: Record<string, string>; body: Buffer },
  serverPid: number,
): Promise<Measured> {
  const options = { url, method: "POST", connections: CONNECTIONS, ...request };
  await load({ ...options, duration: WARM_UP_S });
  const cpuBefore = processCpuSeconds(serverPid);
  const run = await load({ ...options, duration: DURATION_S });
  const cpu = processCpuSeconds(serverPid) - cpuBefore;
  return { ...run, cpuMicrosPerRequest: (cpu * 1e6) / Math.max(1, run.total) };
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
    await queue.obliterate({ force: true });
    const lean = await measure(`http://127.0.0.1:${edge.port}${request.path}`, body, edge.pid);
    printRun("edge (createLeanServer + ingestRoutes, enqueue to Redis)", lean);
    console.log(`  jobs waiting in the bench queue: ${await queue.getWaitingCount()}`);
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

    const steady = await load({
      url: `http://127.0.0.1:${edge.port}${request.path}`,
      method: "POST",
      connections: CONNECTIONS,
      overallRate: STEADY_RATE,
      duration: DURATION_S,
      ...body,
    });
    console.log(`\nedge at a steady ${STEADY_RATE} req/s for ${DURATION_S} s (overallRate)`);
    figure("  achieved requests/s", steady.requestsPerSecond, "req/s");
    figure("  latency p50", steady.p50, "ms");
    ok = figure("  latency p99", steady.p99, "ms", { value: 20, higher: false }) && ok;
    ok =
      check(
        "steady phase: no non-2xx or errors",
        steady.non2xx + steady.errors === 0,
        `${steady.non2xx} non-2xx, ${steady.errors} errors`,
      ) && ok;
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
