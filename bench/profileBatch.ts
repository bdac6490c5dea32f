import "./lib/benchEnv";
import { parseArgs } from "node:util";
import pg from "pg";
import { persistEventBatch } from "@/server/data/eventBatch";
import { closeSqlPool } from "@/server/data/sql";
import { db } from "@/server/db/client";
import { groupedEvent } from "@/server/processing/groupedEvent";
import { normalizeEvent } from "@/server/processing/normalize";
import { settingsForProjects } from "@/server/processing/projectSettings";
import { scrubEvent } from "@/server/processing/scrub";
import type { IngestedEvent } from "@/server/processing/types";
import { freshBenchProject } from "./lib/database";
import { benchEvent, EXISTING_ISSUES, mixedEvent } from "./lib/events";

/**
 * Where one batch's time goes, without queue or HTTP: `npx tsx bench/profileBatch.ts [--batch 500]
 * [--batches 12]`. Prints the worker's CPU per batch for preparing (normalize, scrub, group) and
 * persisting, and the wall time of each SQL statement, summed over its runs. The first two
 * batches warm up and are left out of the averages.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { batch: { type: "string" }, batches: { type: "string" } },
});
const BATCH = Number(values.batch ?? 500);
const BATCHES = Number(values.batches ?? 12);
const WARM_UP = 2;
if (!(BATCH > 0 && BATCHES > WARM_UP)) throw new Error(`--batches must be more than ${WARM_UP}`);

const statementMs = new Map<string, number>();
const query = pg.Client.prototype.query as (...args: unknown[]) => Promise<unknown>;
(pg.Client.prototype as unknown as { query: unknown }).query = async function timed(
  this: unknown,
  ...args: unknown[]
) {
  const started = performance.now();
  try {
    return await query.apply(this, args);
  } finally {
    const first = args[0] as string | { text: string };
    const text = (typeof first === "string" ? first : first.text).replace(/\s+/g, " ").trim();
    const key = text.slice(0, 70);
    statementMs.set(key, (statementMs.get(key) ?? 0) + performance.now() - started);
  }
};

function cpuMs<T>(work: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = work();
  const spent = process.cpuUsage(before);
  return { result, ms: (spent.user + spent.system) / 1000 };
}

const project = await freshBenchProject();
const settings = (await settingsForProjects([project.projectId])).get(project.projectId);
if (settings === undefined) throw new Error("bench project not found");
// As the worker gets them: parsed from JSON, sharing nothing with the generator's objects.
const prepare = (generated: IngestedEvent[]) => {
  const jobs = generated.map((job) => JSON.parse(JSON.stringify(job)) as IngestedEvent);
  return cpuMs(() =>
    jobs.map((job) =>
      groupedEvent(job, scrubEvent(normalizeEvent(job), settings), settings.organizationId),
    ),
  );
};

const seed = Array.from({ length: EXISTING_ISSUES }, (_, i) =>
  benchEvent(project.projectId, i, i, 5 * 1024),
);
await persistEventBatch(prepare(seed).result);
statementMs.clear();

let n = EXISTING_ISSUES;
const prepareMs: number[] = [];
const persistCpuMs: number[] = [];
const persistWallMs: number[] = [];
for (let batch = 0; batch < BATCHES; batch++) {
  if (batch === WARM_UP) statementMs.clear();
  const jobs = Array.from({ length: BATCH }, () =>
    mixedEvent(project.projectId, n++, 5 * 1024, 10 * 1024),
  );
  const prepared = prepare(jobs);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await persistEventBatch(prepared.result);
  const cpu = process.cpuUsage(cpuBefore);
  prepareMs.push(prepared.ms);
  persistCpuMs.push((cpu.user + cpu.system) / 1000);
  persistWallMs.push(performance.now() - started);
}

const measured = BATCHES - WARM_UP;
const average = (list: number[]) =>
  (list.slice(WARM_UP).reduce((sum, value) => sum + value, 0) / measured).toFixed(1);
console.log(`${measured} batches of ${BATCH} events (5–10 KB, 70 % into existing issues)`);
console.log(`  prepare (normalize, scrub, group)   ${average(prepareMs)} ms CPU per batch`);
console.log(`  persist, worker side                ${average(persistCpuMs)} ms CPU per batch`);
console.log(`  persist, wall                       ${average(persistWallMs)} ms per batch`);
console.log("statements, wall ms per batch:");
for (const [text, ms] of [...statementMs].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${(ms / measured).toFixed(1).padStart(7)}  ${text}`);
}
await closeSqlPool();
await db.$disconnect();
