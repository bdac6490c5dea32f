import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

const COLORS: Record<string, string> = {
  web: "36",
  worker: "35",
  build: "2",
  migrate: "2",
  seed: "2",
};
const PREFIX_WIDTH = 8;

/** `web     │ ` — coloured on a terminal, plain in CI logs. */
export function linePrefix(name: string, colour = process.stdout.isTTY === true): string {
  const label = `${name.padEnd(PREFIX_WIDTH)}│ `;
  const code = COLORS[name];
  return colour && code !== undefined ? `\u001b[${code}m${label}\u001b[0m` : label;
}

function pipeLines(stream: Readable | null, prefix: string, write: (line: string) => void): void {
  if (stream === null) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) =>
    write(`${prefix}${line}`),
  );
}

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (128 + n when killed by signal n). */
  exited: Promise<number>;
}

export interface StartOptions {
  env: Record<string, string>;
  /** Keep output for the caller instead of printing it: stdout only (a child answering in JSON), or all. */
  capture?: "stdout" | "all";
  /** An IPC channel, so a long-running child notices when the launcher dies and exits. */
  ipc?: boolean;
}

/**
 * A child in its own process group, so Ctrl-C reaches only the launcher, which then stops the
 * children in order (and a signal to the group also reaches what the child spawned).
 */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: StartOptions,
): Child {
  const stdio: StdioOptions = [
    "ignore",
    "pipe",
    "pipe",
    ...(options.ipc === true ? ["ipc" as const] : []),
  ];
  const child: ChildProcess = spawn(command, args, {
    env: options.env as NodeJS.ProcessEnv,
    stdio,
    detached: true,
  });
  const prefix = linePrefix(name);
  if (options.capture === undefined) pipeLines(child.stdout, prefix, (line) => console.log(line));
  if (options.capture !== "all") pipeLines(child.stderr, prefix, (line) => console.error(line));
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      console.error(`${prefix}could not start: ${error.message}`);
      resolve(127);
    });
    // "close", not "exit": the output is complete only once the pipes have closed.
    child.once("close", (code, signal) => {
      resolve(code ?? 128 + (signal === null ? 0 : signalNumber(signal)));
    });
  });
  return { name, process: child, exited };
}

function signalNumber(signal: NodeJS.Signals): number {
  return { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal as string] ?? 1;
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  const pid = child.process.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to the child's process group, then SIGKILL after `graceMs` if it is still running. */
export async function stopChild(child: Child, graceMs: number): Promise<number> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return child.exited;
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  const code = await child.exited;
  clearTimeout(timer);
  return code;
}

/** Runs a command to completion with prefixed output; what `capture` names is returned instead. */
export async function runStep(
  name: string,
  command: string,
  args: string[],
  options: StartOptions,
  track: (child: Child | null) => void = () => undefined,
): Promise<{ code: number; output: string }> {
  const child = startChild(name, command, args, options);
  track(child);
  let output = "";
  const keep = (chunk: Buffer) => (output += chunk.toString("utf8"));
  if (options.capture !== undefined) child.process.stdout?.on("data", keep);
  if (options.capture === "all") child.process.stderr?.on("data", keep);
  const code = await child.exited;
  track(null);
  return { code, output };
}
