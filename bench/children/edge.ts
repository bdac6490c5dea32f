import "../lib/benchEnv";
import { logMemoryPeaks } from "../lib/memoryPeaks";
import type { AddressInfo } from "node:net";
import { createLeanServer } from "@/server/http/ingest/server";
import { createIngestRuntime, ingestRoutes } from "@/server/http/ingest/routes";

/** The lean ingest edge (no Next) on an ephemeral port, enqueueing onto the queue named in argv. */
const queueName = process.argv[2];
if (queueName === undefined) throw new Error("usage: edge.ts <queueName> [maxBacklog]");
const maxBacklog = process.argv[3] === undefined ? undefined : Number(process.argv[3]);

const runtime = createIngestRuntime({ queueName, maxBacklog });
const server = createLeanServer(ingestRoutes(runtime));
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ ready: true, port });
});

const memoryPeaks = logMemoryPeaks("edge");
process.on("SIGTERM", () => {
  memoryPeaks();
  server.closeAllConnections();
  server.close();
  void runtime.close().finally(() => process.exit(0));
});
