import type { Worker } from "bullmq";
import { closeSqlPool } from "@/server/data/sql";
import { db } from "@/server/db/client";
import { startHeartbeat, type Heartbeat } from "@/server/health/heartbeat";
import { onShutdown } from "@/server/health/shutdown";
import { maintenanceQueue, scheduleMaintenance } from "@/server/queue/maintenance";
import { retentionQueue, scheduleRetention } from "@/server/queue/retention";
import { createRedis } from "@/server/redis";
import { startEventsWorker } from "./events";
import { startMaintenanceWorker } from "./maintenance";
import { startRetentionWorker } from "./retention";

/**
 * The worker process: starts every BullMQ processor, keeps a heartbeat for /api/health, and on
 * SIGTERM/SIGINT stops taking jobs, lets in-flight ones finish, then closes its connections.
 */
const SHUTDOWN_TIMEOUT_MS = 25_000;

function log(message: string, ...rest: unknown[]): void {
  console.log(message, ...rest);
}

async function main(): Promise<void> {
  const connection = createRedis();
  const heartbeatRedis = createRedis({ maxRetriesPerRequest: 1 });

  const events = startEventsWorker(connection);
  const workers: Worker[] = [
    startMaintenanceWorker(connection),
    startRetentionWorker(connection),
    events.worker,
  ];
  for (const worker of workers) {
    worker.on("failed", (job, error) => {
      log(`job ${worker.name}/${job?.name ?? "?"} #${job?.id ?? "?"} failed: ${error.message}`);
    });
    worker.on("error", (error) => log(`${worker.name}: ${error.message}`));
  }

  const maintenance = maintenanceQueue(connection);
  const retention = retentionQueue(connection);
  // Started last; shutdown may run before that.
  const running: { heartbeat?: Heartbeat } = {};

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: finishing in-flight jobs`);
    const force = setTimeout(() => {
      log(
        `in-flight jobs still running after ${SHUTDOWN_TIMEOUT_MS} ms; exiting (BullMQ retries them)`,
      );
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();

    // The events worker flushes its in-process batch before its jobs can complete.
    await Promise.all([
      events.close(),
      ...workers.filter((worker) => worker !== events.worker).map((worker) => worker.close()),
    ]);
    await running.heartbeat?.stop();
    await Promise.all([maintenance.close(), retention.close()]);
    await Promise.allSettled([
      db.$disconnect(),
      closeSqlPool(),
      connection.quit(),
      heartbeatRedis.quit(),
    ]);
    log("stopped");
    process.exit(0);
  };
  // Registered before the first await, so a signal during start-up still shuts down cleanly.
  onShutdown((reason) => void shutdown(reason));

  await Promise.all([scheduleMaintenance(maintenance), scheduleRetention(retention)]);
  if (stopping) return;
  running.heartbeat = startHeartbeat(heartbeatRedis, {
    onError: (error) => log(`heartbeat failed: ${error instanceof Error ? error.message : error}`),
  });
  log(`started ${workers.map((worker) => worker.name).join(", ")} (pid ${process.pid})`);
}

main().catch((error: unknown) => {
  console.error("worker failed to start:", error);
  process.exit(1);
});
