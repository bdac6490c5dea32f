import "./lib/benchEnv";
import { readFileSync } from "node:fs";
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
import { backendPids } from "./lib/cpu";
import { BENCH_DATABASE_NAME, freshBenchProject } from "./lib/database";
import { benchEvent, EXISTING_ISSUES, mixedEvent } from "./lib/events";

/**
 * Where one batch's time goes, without queue or HTTP: `npx tsx bench/profileBatch.ts [--batch 500]
 * [--batches 12]`. Prints the worker's CPU per batch for preparing (normalize, scrub, group) and
 * persisting, the CPU of this database's Postgres backends while persisting (Postgres must run on
 * this machine), and each SQL statement's wall time and backend CPU, summed over its runs. The
 * first two batches warm up and are left out of the averages. `--sql "<statements>"` runs
 * `;`-separated SQL after migrating, to try a schema variant (an index, a fillfactor) before
 * writing its migration.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { batch: { type: "string" }, batches: { type: "string" }, sql: { type: "string" } },
});
const BATCH = Number(values.batch ?? 500);
const BATCHES = Number(values.batches ?? 12);
const WARM_UP = 2;
if (!(BATCH > 0 && BATCHES > WARM_UP)) throw new Error(`--batches must be more than ${WARM_UP}`);

const statementMs = new Map<string, { wallMs: number; postgresMs: number }>();

/** CPU time of one backend in ms, to the nanosecond (/proc/<pid>/schedstat, Linux). */
function backendCpuMs(pid: number | null): number {
  if (pid === null) return 0;
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return 0;
  }
}

const query = pg.Client.prototype.query as (...args: unknown[]) => Promise<unknown>;
(pg.Client.prototype as unknown as { query: unknown }).query = async function timed(
  this: { processID: number | null },
  ...args: unknown[]
) {
  const started = performance.now();
  const backendBefore = backendCpuMs(this.processID);
  try {
    return await query.apply(this, args);
  } finally {
    const first = args[0] as string | { text: string };
    const text = (typeof first === "string" ? first : first.text).replace(/\s+/g, " ").trim();
    const key = text.slice(0, 70);
    const spent = statementMs.get(key) ?? { wallMs: 0, postgresMs: 0 };
    spent.wallMs += performance.now() - started;
    spent.postgresMs += backendCpuMs(this.processID) - backendBefore;
    statementMs.set(key, spent);
  }
};

/** CPU ms of this database's backends so far; a backend that appears later counts from zero. */
function postgresCpuMs(): number {
  return backendPids(BENCH_DATABASE_NAME).reduce((sum, pid) => sum + backendCpuMs(pid), 0);
}

function cpuMs<T>(work: () => T): { result: T; ms: number } {
  const before = process.cpuUsage();
  const result = work();
  const spent = process.cpuUsage(before);
  return { result, ms: (spent.user + spent.system) / 1000 };
}

const project = await freshBenchProject();
for (const sql of (values.sql ?? "").split(";").filter((text) => text.trim() !== "")) {
  await db.$executeRawUnsafe(sql);
}
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
const postgresMs: number[] = [];
for (let batch = 0; batch < BATCHES; batch++) {
  if (batch === WARM_UP) statementMs.clear();
  const jobs = Array.from({ length: BATCH }, () =>
    mixedEvent(project.projectId, n++, 5 * 1024, 10 * 1024),
  );
  const prepared = prepare(jobs);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const postgresBefore = postgresCpuMs();
  await persistEventBatch(prepared.result);
  const cpu = process.cpuUsage(cpuBefore);
  postgresMs.push(postgresCpuMs() - postgresBefore);
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
console.log(`  persist, Postgres backends          ${average(postgresMs)} ms CPU per batch`);
console.log("statements per batch: wall ms, Postgres backend CPU ms");
for (const [text, spent] of [...statementMs].sort((a, b) => b[1].postgresMs - a[1].postgresMs)) {
  const perBatch = (ms: number) => (ms / measured).toFixed(1).padStart(7);
  console.log(`  ${perBatch(spent.wallMs)} ${perBatch(spent.postgresMs)}  ${text}`);
}
// Updates that changed no indexed column and found room on their page (HOT) write no index entry.
await closeSqlPool();
await new Promise((resolve) => setTimeout(resolve, 1_000));
const updates = await db.$queryRaw<Array<{ table: string; updated: bigint; hot: bigint }>>`
  SELECT relname AS table, n_tup_upd AS updated, n_tup_hot_upd AS hot
  FROM pg_stat_user_tables WHERE n_tup_upd > 0 ORDER BY n_tup_upd DESC`;
console.log("row updates (whole run): HOT / all");
for (const { table, updated, hot } of updates) {
  console.log(`  ${String(hot).padStart(8)} / ${String(updated).padEnd(8)} ${table}`);
}
await db.$disconnect();
