/**
 * How the web and worker processes learn they must stop: SIGTERM (Docker, systemd, the launcher),
 * SIGINT (a terminal), or the launcher's IPC channel closing because the launcher died.
 */
export type ShutdownReason = "SIGTERM" | "SIGINT" | "launcher exited";

export function onShutdown(handler: (reason: ShutdownReason) => void): void {
  process.on("SIGTERM", () => handler("SIGTERM"));
  process.on("SIGINT", () => handler("SIGINT"));
  if (process.send === undefined) return;
  process.on("disconnect", () => {
    // The launcher held the other end of our stdout/stderr pipes, so writes now fail with EPIPE.
    // Left unhandled, each failed write raises an error that Next logs — to the same dead pipe.
    for (const stream of [process.stdout, process.stderr]) {
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
      });
    }
    handler("launcher exited");
  });
}
