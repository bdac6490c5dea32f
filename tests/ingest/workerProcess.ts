import { createRedis } from "@/server/redis";
import { startEventsWorker } from "@/workers/events";

/**
 * The events worker alone in its own process, so reliability tests can SIGKILL it. Usage:
 * `node --import tsx tests/ingest/workerProcess.ts <queueName>`; DATABASE_URL and REDIS_URL come
 * from the environment through server/env.ts. Prints "ready" once it takes jobs.
 */
const queueName = process.argv[2];
if (queueName === undefined) {
  console.error("usage: workerProcess.ts <queueName>");
  process.exit(2);
}

const connection = createRedis();
const events = startEventsWorker(connection, { queueName, flushMs: 10 });
events.worker.on("error", (error) => console.error(`worker error: ${error.message}`));
await events.worker.waitUntilReady();
console.log("ready");

process.on("SIGTERM", () => {
  void events.close().then(() => process.exit(0));
});
