import { createServer, type Server } from "node:http";
import next from "next";
import { db } from "@/server/db/client";
import { env } from "@/server/env";
import { onShutdown } from "@/server/health/shutdown";
import { sharedRedis } from "@/server/redis";
import { createDispatcher, type Dispatcher } from "./router";
import { ingestRuntime, leanRoutes } from "./routes";

/**
 * The web process: one node:http server in front of Next. Requests matching `leanRoutes` are
 * answered without Next; everything else goes to Next's request handler.
 * Start: `node --import tsx server/http/main.ts` (the launcher and the Docker image do this).
 */
const DRAIN_TIMEOUT_MS = 10_000;
const CLOSE_TIMEOUT_MS = 3_000;

function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    promise.then(
      () => resolve(),
      () => resolve(),
    );
  });
}

async function main(): Promise<void> {
  const dev = env.NODE_ENV === "development";
  const app = next({ dev, hostname: env.HOST, port: env.PORT, dir: process.cwd() });
  // Filled in once Next is ready; shutdown may run before that.
  const running: { dispatcher?: Dispatcher; server?: Server } = {};

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) {
      console.log(`${reason} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${reason}: no new connections, finishing in-flight requests`);

    const listening = running.server;
    if (listening !== undefined) {
      // Keep-alive clients get `Connection: close` on their next response; idle sockets close now.
      running.dispatcher?.drain();
      const closed = new Promise<void>((resolve) => listening.close(() => resolve()));
      listening.closeIdleConnections();
      const sweep = setInterval(() => listening.closeIdleConnections(), 200);
      await settleWithin(closed, DRAIN_TIMEOUT_MS);
      clearInterval(sweep);
      listening.closeAllConnections();
    }

    await settleWithin(app.close(), CLOSE_TIMEOUT_MS);
    // Every accepted event is already in Redis (its 200 waited for the enqueue); this only
    // flushes a bulk add still in flight and closes the queue and key-cache connections.
    await settleWithin(ingestRuntime.close(), CLOSE_TIMEOUT_MS);
    await settleWithin(
      Promise.allSettled([db.$disconnect(), sharedRedis().quit()]),
      CLOSE_TIMEOUT_MS,
    );
    console.log("stopped");
    process.exit(0);
  };
  // Registered before the first await, so a signal during start-up still shuts down cleanly.
  onShutdown((reason) => void shutdown(reason));

  await app.prepare();
  if (stopping) return;

  const nextHandler = app.getRequestHandler();
  const dispatcher = createDispatcher(leanRoutes, (req, res) => nextHandler(req, res));
  running.dispatcher = dispatcher;
  const listening = createServer(dispatcher.listener);
  listening.on("upgrade", app.getUpgradeHandler());
  await new Promise<void>((resolve, reject) => {
    listening.once("error", reject);
    listening.listen(env.PORT, env.HOST, () => resolve());
  });
  running.server = listening;
  console.log(
    `listening on http://${env.HOST}:${env.PORT} (${dev ? "development" : "production"})`,
  );
}

main().catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`Port ${env.PORT} is in use: stop whatever listens there or set PORT`);
  } else {
    console.error("web failed to start:", error);
  }
  process.exit(1);
});
