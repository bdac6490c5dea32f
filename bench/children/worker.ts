import "../lib/benchEnv";
import { logMemoryPeaks } from "../lib/memoryPeaks";
import { createRedis } from "@/server/redis";
import { startEventsWorker, type EventsWorkerOptions } from "@/workers/events";

/**
 * The events worker with its default batching, on the queue named in argv; it reports each
 * settled batch to the bench over IPC. For experiments,
 * BENCH_WORKER_OPTIONS='{"maxEventsInFlight":500,"batchSize":250}' overrides the defaults.
 */
const queueName = process.argv[2];
if (queueName === undefined) throw new Error("usage: worker.ts <queueName>");
const overrides = JSON.parse(process.env.BENCH_WORKER_OPTIONS ?? "{}") as EventsWorkerOptions;
const connection = createRedis();
const worker = startEventsWorker(connection, {
  ...overrides,
  queueName,
  onBatch: (report) => process.send?.({ batch: report }),
});
void worker.worker.waitUntilReady().then(() => process.send?.({ ready: true, port: 0 }));
const memoryPeaks = logMemoryPeaks("worker");
process.on("SIGTERM", () => {
  memoryPeaks();
  void worker
    .close()
    .then(() => connection.quit())
    .finally(() => process.exit(0));
});
