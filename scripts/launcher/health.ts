import type { ChildProcess } from "node:child_process";
import { LaunchError } from "./errors";

/** A process that must stay alive while it starts up, and the name to blame if it does not. */
export interface StartingProcess {
  name: string;
  process: ChildProcess;
}

/**
 * Polls `url` until it answers 200. Fails at once when one of `processes` exits meanwhile, and
 * after `timeoutMs` otherwise. Used by the launcher and by bench:memory, which starts the same
 * two processes.
 */
export async function waitForHealth(
  url: string,
  processes: readonly StartingProcess[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = processes.find(
      (child) => child.process.exitCode !== null || child.process.signalCode !== null,
    );
    if (dead !== undefined)
      throw new LaunchError(`${dead.name} exited during start-up; its output is above`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new LaunchError(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}
