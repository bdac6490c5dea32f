import "../lib/benchEnv";
import { createRedis } from "@/server/redis";
import { startEventsWorker } from "@/workers/events";

/** The events worker with its default batching, on the queue named in argv. */
const queueName = process.argv[2];
if (queueName === undefined) throw new Error("usage: worker.ts <queueName>");

const connection = createRedis();
const worker = startEventsWorker(connection, { queueName });
void worker.worker.waitUntilReady().then(() => process.send?.({ ready: true, port: 0 }));

process.on("SIGTERM", () => {
  void worker
    .close()
    .then(() => connection.quit())
    .finally(() => process.exit(0));
});
