import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/server/db/client";
import { createLeanServer } from "@/server/http/ingest/server";
import { createIngestRuntime, ingestRoutes } from "@/server/http/ingest/routes";
import { eventsQueue } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { newKeyData } from "@/server/services/projectKeys";
import { startEventsWorker } from "@/workers/events";
import { createTestProject } from "../processing/helpers";

/**
 * The web process's lean routes on an ephemeral port (no Next) plus the events worker in this
 * process, on a queue of their own so parallel suites never take each other's jobs.
 */
export interface IngestHarness {
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

export async function startIngestHarness(
  options: { maxBacklog?: number; backlogCacheMs?: number; worker?: boolean } = {},
): Promise<IngestHarness> {
  const queueName = `events-test-${randomBytes(5).toString("hex")}`;
  const runtime = createIngestRuntime({
    queueName,
    maxBacklog: options.maxBacklog,
    backlogCacheMs: options.backlogCacheMs,
  });
  const server = createLeanServer(ingestRoutes(runtime));
  const workerConnection = createRedis();
  const worker =
    options.worker === false
      ? undefined
      : startEventsWorker(workerConnection, { queueName, flushMs: 10 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
      await worker?.close();
      await eventsQueue(workerConnection, queueName).obliterate({ force: true });
      await workerConnection.quit();
    },
  };
}

export interface KeyedProject {
  projectId: number;
  organizationId: string;
  publicKey: string;
  keyId: number;
}

export async function createKeyedProject(
  options: { allowedOrigins?: string[] } = {},
): Promise<KeyedProject> {
  const project = await createTestProject(options);
  const key = await db.projectKey.create({ data: newKeyData(project.id) });
  return {
    projectId: project.id,
    organizationId: project.organizationId,
    publicKey: key.publicKey,
    keyId: key.id,
  };
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: `chunked` sends the body without Content-Length, as the Node SDK does. */
export function request(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer;
    chunked?: boolean;
  } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      url,
      { method: options.method ?? "POST", headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    if (options.body === undefined) {
      outgoing.end();
    } else if (options.chunked === true) {
      outgoing.write(options.body);
      outgoing.end();
    } else {
      outgoing.setHeader("content-length", String(options.body.length));
      outgoing.end(options.body);
    }
  });
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The fixture's recorded URL with project 42 and `publickey` rewritten to a test project's. */
export function fixtureUrl(baseUrl: string, recordedUrl: string, project: KeyedProject): string {
  const rewritten = recordedUrl
    .replace(/^\/api\/42\//, `/api/${project.projectId}/`)
    .replace("sentry_key=publickey", `sentry_key=${project.publicKey}`);
  return `${baseUrl}${rewritten}`;
}
