/**
 * `npm start` after scripts/start.sh has installed dependencies: makes PostgreSQL and Redis
 * reachable, applies migrations, builds when sources changed, runs web + worker, and on the first
 * run creates the demo organization. Every expected failure is one line and exit code 1.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildInputsHash, isBuildCurrent } from "./launcher/build";
import { waitForHealth } from "./launcher/health";
import { bundleServerProcesses, SERVER_NODE_FLAGS } from "./launcher/serverProcesses";
import { runStep, startChild, stopChild, linePrefix, type Child } from "./launcher/children";
import {
  childEnvironment,
  localHealthUrl,
  postgresPlan,
  redactUrl,
  redisPlan,
  type ResolvedServices,
} from "./launcher/config";
import {
  dataPaths,
  readOrCreateSecret,
  readText,
  writeSecretFile,
  type DataPaths,
} from "./launcher/dataDir";
import { LaunchError } from "./launcher/errors";
import { checkPostgres, startEmbeddedPostgres } from "./launcher/postgres";
import { pingRedis, startLocalRedis } from "./launcher/redis";
import { DEMO_MARKER, type DemoReport } from "./launcher/demoReport";

const ROOT = process.cwd();
const BIN = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const HEALTH_TIMEOUT_MS = 120_000;
const CHILD_STOP_GRACE_MS = 30_000;

const say = (line: string) => console.log(`${linePrefix("start")}${line}`);

/** What to undo on the way out, newest first: web/worker before Redis before PostgreSQL. */
const teardown: Array<{ name: string; run: () => Promise<unknown> }> = [];
let currentStep: Child | null = null;
let stopping = false;

async function stopEverything(): Promise<void> {
  if (currentStep !== null) await stopChild(currentStep, 5_000);
  for (const { name, run } of teardown.splice(0).reverse()) {
    try {
      await run();
    } catch (error) {
      say(`stopping ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function exitWith(code: number): Promise<never> {
  stopping = true;
  await stopEverything();
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping Faultline`);
  void stopEverything().then(() => {
    say("stopped");
    process.exit(0);
  });
}

async function resolveDatabase(paths: DataPaths): Promise<string> {
  const plan = postgresPlan(process.env);
  if (plan.kind === "external") {
    const check = await checkPostgres(plan.url);
    if (!check.ok) {
      throw new LaunchError(
        `DATABASE_URL (${redactUrl(plan.url)}) does not answer: ${check.reason}`,
      );
    }
    say(`PostgreSQL: ${redactUrl(plan.url)}`);
    return plan.url;
  }
  const started = performance.now();
  const embedded = await startEmbeddedPostgres(paths, say);
  teardown.push({ name: "PostgreSQL", run: embedded.stop });
  const how = embedded.reused ? "already running" : `started in ${seconds(started)}`;
  say(
    `PostgreSQL: embedded on port ${embedded.port}, data in ${relative(paths.postgresDir)} (${how})`,
  );
  return embedded.url;
}

async function resolveRedis(paths: DataPaths): Promise<string> {
  const plan = redisPlan(process.env);
  if (await pingRedis(plan.url)) {
    say(`Redis: ${redactUrl(plan.url)}`);
    return plan.url;
  }
  if (plan.kind === "configured") {
    throw new LaunchError(`REDIS_URL (${redactUrl(plan.url)}) does not answer PING`);
  }
  const local = await startLocalRedis(paths, plan.fallbackPort);
  teardown.push({ name: "Redis", run: local.stop });
  const how = local.reused ? "already running" : "started";
  say(
    `Redis: ${plan.url} does not answer; using redis-server on port ${plan.fallbackPort}, AOF in ${relative(paths.redisDir)} (${how})`,
  );
  return local.url;
}

function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new LaunchError(`Port ${port} is in use: stop whatever listens there or set PORT`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function step(
  name: string,
  args: [string, ...string[]],
  env: Record<string, string>,
): Promise<void> {
  const { code } = await runStep(
    name,
    args[0],
    args.slice(1),
    { env },
    (child) => (currentStep = child),
  );
  if (stopping) await new Promise(() => undefined); // the signal handler owns the exit now
  if (code !== 0) throw new LaunchError(`${name} failed (exit code ${code}); its output is above`);
}

/** Prisma's output is long and mostly advice; show its last line, or all of it on failure. */
async function migrate(env: Record<string, string>): Promise<void> {
  const { code, output } = await runStep(
    "migrate",
    BIN("prisma"),
    ["migrate", "deploy"],
    { env, capture: "all" },
    (child) => (currentStep = child),
  );
  if (stopping) await new Promise(() => undefined);
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (code !== 0) {
    for (const line of lines) console.log(`${linePrefix("migrate")}${line}`);
    throw new LaunchError(`prisma migrate deploy failed (exit code ${code}); its output is above`);
  }
  say(`migrations: ${lines.at(-1) ?? "done"}`);
}

async function buildIfNeeded(paths: DataPaths, env: Record<string, string>): Promise<void> {
  const hash = buildInputsHash(ROOT, env);
  if (isBuildCurrent(ROOT, readText(paths.buildHash), hash)) {
    say("build: sources unchanged since the last build, reusing .next/");
    return;
  }
  const started = performance.now();
  say("build: next build (about a minute on two cores)");
  await step("build", [BIN("next"), "build"], env);
  writeSecretFile(paths.buildHash, hash);
  say(`build: done in ${seconds(started)}`);
}

async function demoReport(paths: DataPaths, env: Record<string, string>): Promise<DemoReport> {
  const script = path.join(ROOT, "scripts", "launcher", "seedDemo.ts");
  const { code, output } = await runStep(
    "seed",
    process.execPath,
    ["--import", "tsx", script, paths.initialPassword],
    { env, capture: "stdout" },
    (child) => (currentStep = child),
  );
  const line = output.split("\n").find((candidate) => candidate.startsWith(DEMO_MARKER));
  if (code !== 0 || line === undefined)
    throw new LaunchError("Creating the demo organization failed; see above");
  return JSON.parse(line.slice(DEMO_MARKER.length)) as DemoReport;
}

function printWelcome(services: ResolvedServices, demo: DemoReport, paths: DataPaths): void {
  const rule = "─".repeat(72);
  const lines = [
    rule,
    `Faultline is running at ${services.publicUrl}`,
    demo.password !== null
      ? `Sign in:   ${demo.email}  /  ${demo.password}   (saved in ${relative(paths.initialPassword)})`
      : `Sign in:   ${demo.email}  (first password in ${relative(paths.initialPassword)})`,
    demo.dsn !== null
      ? `DSN (${demo.orgSlug}/${demo.projectSlug}):  ${demo.dsn}`
      : "DSN:       create a project under Settings → Projects to get one",
    "Stop with Ctrl-C.",
    rule,
  ];
  for (const line of lines) say(line);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function relative(file: string): string {
  const rel = path.relative(ROOT, file);
  return rel.startsWith("..") ? file : rel;
}

async function main(): Promise<void> {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);

  // Validates every variable first: a wrong value stops here with one line naming it.
  const { env, publicUrl } = await import("@/server/env");
  const paths = dataPaths(env.DATA_DIR);
  mkdirSync(paths.root, { recursive: true });

  await ensurePortFree(env.PORT);
  const databaseUrl = await resolveDatabase(paths);
  const redisUrl = await resolveRedis(paths);
  const authSecret = env.AUTH_SECRET ?? readOrCreateSecret(paths.authSecret).value;
  const services: ResolvedServices = {
    databaseUrl,
    redisUrl,
    authSecret,
    port: env.PORT,
    publicUrl: publicUrl(),
  };
  const childEnv = childEnvironment(process.env, services);
  writeSecretFile(
    paths.services,
    JSON.stringify({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      AUTH_SECRET: authSecret,
      PUBLIC_URL: services.publicUrl,
    }),
  );

  await migrate(childEnv);
  await buildIfNeeded(paths, childEnv);

  const bundles = bundleServerProcesses(ROOT);
  const startProcess = (name: string, bundle: string) =>
    startChild(name, process.execPath, [...SERVER_NODE_FLAGS, bundle], {
      env: childEnv,
      ipc: true,
    });
  const web = startProcess("web", bundles.web);
  const worker = startProcess("worker", bundles.worker);
  teardown.push({
    name: "web and worker",
    run: () => Promise.all([web, worker].map((child) => stopChild(child, CHILD_STOP_GRACE_MS))),
  });

  await waitForHealth(localHealthUrl(env.HOST, env.PORT), [web, worker], HEALTH_TIMEOUT_MS);
  printWelcome(services, await demoReport(paths, childEnv), paths);

  // Restart-free: if either process dies, stop the other and everything the launcher started.
  const first = await Promise.race(
    [web, worker].map((child) => child.exited.then((code) => ({ child, code }))),
  );
  if (stopping) return;
  say(`${first.child.name} exited with code ${first.code}; stopping`);
  await exitWith(1);
}

main().catch(async (error: unknown) => {
  if (error instanceof LaunchError) console.error(error.message);
  else console.error("npm start failed:", error);
  await exitWith(1);
});
