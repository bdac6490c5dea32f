import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { bundleEntry, SERVER_NODE_FLAGS } from "../../scripts/launcher/serverProcesses";

export interface Child {
  name: string;
  pid: number;
  /** The port the child announced, or 0 when it serves none. */
  port: number;
  /** Messages the child sends after its ready message. */
  onMessage(listener: (message: unknown) => void): void;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function killAll(): void {
  for (const child of running) child.kill("SIGKILL");
}
process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/**
 * Starts `bench/children/<name>.ts` in its own Node process and waits for its
 * `{ ready: true, port }` message, so load generator and server never share an event loop. The
 * child runs bundled and with the same Node flags, as `npm start` runs web and worker
 * (scripts/launcher/serverProcesses.ts): its memory and CPU are production's, not tsx's.
 */
export function startChild(name: string, args: string[] = []): Promise<Child> {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const script = bundleEntry(root, `bench/children/${name}.ts`, `bench-${name}`);
  // BENCH_CPU_PROF=<dir> writes each child's CPU profile there (open it in Chrome's DevTools).
  // On two busy cores V8's sampler also charges a function for the time its thread then waits
  // for a core after waking another (socket writes, zlib hand-offs); `perf record -e cpu-clock
  // -g -p <pid>` with BENCH_NODE_FLAGS=--perf-basic-prof counts on-CPU time only.
  const profile = process.env.BENCH_CPU_PROF;
  const execArgv: string[] = [...SERVER_NODE_FLAGS, ...extraNodeFlags()];
  if (profile) execArgv.push("--cpu-prof", `--cpu-prof-dir=${profile}`);
  const child = fork(script, args, { execArgv, stdio: "inherit" });
  running.add(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      running.delete(child);
      reject(new Error(`${name} child exited early (code ${code})`));
    });
    child.once("message", (message: { ready?: boolean; port?: number }) => {
      if (message.ready !== true) return reject(new Error(`${name}: unexpected message`));
      resolve({
        name,
        pid: child.pid ?? 0,
        port: message.port ?? 0,
        onMessage: (listener) => child.on("message", listener),
        stop: () => stopChild(child),
      });
    });
  });
}

/** BENCH_NODE_FLAGS: more Node flags for every child, space-separated (experiments only). */
function extraNodeFlags(): string[] {
  return (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter((flag) => flag !== "");
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      running.delete(child);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
