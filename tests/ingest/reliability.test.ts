import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { createLeanServer } from "@/server/http/ingest/server";
import { createIngestRuntime, ingestRoutes } from "@/server/http/ingest/routes";
import { eventsQueue } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { createKeyedProject, eventually, type KeyedProject } from "./harness";

/**
 * Issue #4's scale-out and crash guarantees, with the worker in child processes so it can be
 * SIGKILLed: every event answered 200 is stored exactly once, and issue counters equal the
 * events stored, whatever happens to the workers.
 */

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

/** The lean edge on an ephemeral port, enqueueing to a queue of its own; no worker in-process. */
async function startEdge() {
  const queueName = `events-rel-${randomBytes(5).toString("hex")}`;
  // The backlog grows while no worker runs; the global bound must not turn that into 429s.
  const runtime = createIngestRuntime({ queueName, maxBacklog: 10_000_000 });
  const server = createLeanServer(ingestRoutes(runtime));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const connection = createRedis();
  const queue = eventsQueue(connection, queueName);
  cleanups.push(
    () => connection.quit(),
    () => queue.obliterate({ force: true }),
    () => queue.close(),
    () => runtime.close(),
    () => new Promise<void>((resolve) => server.close(() => resolve())),
    async () => server.closeAllConnections(),
  );
  return { queueName, queue, baseUrl: `http://127.0.0.1:${port}` };
}

const WORKER_SCRIPT = path.resolve(import.meta.dirname, "workerProcess.ts");

/** Starts the events worker in a child process and resolves once it takes jobs. */
async function startWorkerProcess(queueName: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER_SCRIPT, queueName], {
    // DATABASE_URL and REDIS_URL as tests/setup/env.ts set them for this suite.
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited early (${code}): ${output}`)));
  });
  return child;
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

interface SentEvent {
  eventId: string;
  group: number;
}

/** One error event per envelope, grouped by a custom fingerprint so each group is one issue. */
function envelopeOf(event: SentEvent): Buffer {
  const header = JSON.stringify({ event_id: event.eventId, sent_at: new Date().toISOString() });
  const payload = JSON.stringify({
    event_id: event.eventId,
    level: "error",
    platform: "node",
    message: `Failure in group ${String.fromCharCode(65 + (event.group % 26))}${event.group}`,
    fingerprint: [`reliability-${event.group}`],
  });
  return Buffer.from(`${header}\n{"type":"event"}\n${payload}\n`);
}

/**
 * Posts every event over keep-alive connections, `concurrency` at a time, and returns the
 * events answered 200 (the ones Faultline promised to keep).
 */
async function sendAll(
  baseUrl: string,
  project: KeyedProject,
  events: SentEvent[],
  concurrency = 64,
): Promise<{ accepted: SentEvent[]; refused: Map<number, number> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = `${baseUrl}/api/${project.projectId}/envelope/`;
  const auth = `Sentry sentry_version=7, sentry_key=${project.publicKey}`;
  const accepted: SentEvent[] = [];
  const refused = new Map<number, number>();
  let next = 0;
  const post = (event: SentEvent) =>
    new Promise<number>((resolve, reject) => {
      const body = envelopeOf(event);
      const outgoing = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/x-sentry-envelope",
            "content-length": String(body.length),
            "x-sentry-auth": auth,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
          response.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  const lane = async () => {
    while (next < events.length) {
      const event = events[next++]!;
      const status = await post(event);
      if (status === 200) accepted.push(event);
      else refused.set(status, (refused.get(status) ?? 0) + 1);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, lane));
  } finally {
    agent.destroy();
  }
  return { accepted, refused };
}

function newEvent(group: number): SentEvent {
  return { eventId: randomBytes(16).toString("hex"), group };
}

const storedCount = (projectId: number) => db.event.count({ where: { projectId } });

/** Resolves once no job of the queue is waiting, delayed or held by a (possibly dead) worker. */
async function drained(queue: ReturnType<typeof eventsQueue>, timeoutMs: number): Promise<void> {
  await eventually(async () => {
    const counts = await queue.getJobCounts(
      "waiting",
      "active",
      "delayed",
      "prioritized",
      "paused",
    );
    return Object.values(counts).every((count) => count === 0) ? true : undefined;
  }, timeoutMs);
}

/** Issue and event counts as a user would check them: per issue, and in total. */
async function expectExactCounts(projectId: number, accepted: SentEvent[]): Promise<void> {
  const uniqueIds = new Set(accepted.map((event) => event.eventId));
  const expectedPerGroup = new Map<number, number>();
  for (const event of new Map(accepted.map((e) => [e.eventId, e])).values()) {
    expectedPerGroup.set(event.group, (expectedPerGroup.get(event.group) ?? 0) + 1);
  }

  expect(await storedCount(projectId)).toBe(uniqueIds.size);
  const distinctStored = await db.event.groupBy({ by: ["eventId"], where: { projectId } });
  expect(distinctStored).toHaveLength(uniqueIds.size);
  expect(await db.failedEvent.count({ where: { projectId } })).toBe(0);

  const issues = await db.issue.findMany({
    where: { projectId },
    select: { id: true, title: true, timesSeen: true, _count: { select: { events: true } } },
  });
  // One issue per fingerprint: a race between workers creating the same issue would show here.
  expect(issues).toHaveLength(expectedPerGroup.size);
  for (const issue of issues) expect(issue.timesSeen).toBe(issue._count.events);
  const byTitle = new Map(issues.map((issue) => [issue.title, issue.timesSeen]));
  for (const [group, count] of expectedPerGroup) {
    const title = `Failure in group ${String.fromCharCode(65 + (group % 26))}${group}`;
    expect(byTitle.get(title), title).toBe(count);
  }
  const seen = issues.reduce((sum, issue) => sum + issue.timesSeen, 0);
  expect(seen).toBe(uniqueIds.size);
}

describe("ingest reliability", () => {
  it("SIGKILL of the worker in the middle of 20,000 events loses and duplicates nothing", async () => {
    const edge = await startEdge();
    const project = await createKeyedProject();
    // Measured on the 2-core box: ~25–35 s to send, then ~30 s for BullMQ to hand the dead
    // worker's locked jobs to the new one; ~70–85 s in all.
    const total = 20_000;
    const events = Array.from({ length: total }, (_, index) => newEvent(index % 25));

    let worker = await startWorkerProcess(edge.queueName);
    const sending = sendAll(edge.baseUrl, project, events);
    // Killed with jobs in its buffer, some committed but not yet acknowledged to BullMQ.
    await eventually(async () => {
      const stored = await storedCount(project.projectId);
      return stored >= total / 3 ? stored : undefined;
    }, 90_000);
    await killed(worker);
    const storedAtKill = await storedCount(project.projectId);
    worker = await startWorkerProcess(edge.queueName);

    const { accepted, refused } = await sending;
    expect(Object.fromEntries(refused)).toEqual({});
    expect(accepted).toHaveLength(total);
    expect(storedAtKill).toBeLessThan(total);
    // The dead worker's jobs come back once their locks expire (BullMQ's stalled check, ~30 s).
    await drained(edge.queue, 120_000);
    await expectExactCounts(project.projectId, accepted);
  }, 240_000);

  it("two workers on one queue give the same counts as one, with no duplicate issue or event", async () => {
    const edge = await startEdge();
    const project = await createKeyedProject();
    const workers = await Promise.all([
      startWorkerProcess(edge.queueName),
      startWorkerProcess(edge.queueName),
    ]);

    // Repeated hashes from the start, new hashes arriving in the second half while both workers
    // run, and SDK-style resends of events already accepted (stored and counted once).
    const firstHalf = Array.from({ length: 3_000 }, (_, index) => newEvent(index % 10));
    const secondHalf = Array.from({ length: 3_000 }, (_, index) => newEvent(index % 30));
    const resent = firstHalf.slice(0, 300);
    const { accepted: early } = await sendAll(edge.baseUrl, project, firstHalf);
    const { accepted: late, refused } = await sendAll(edge.baseUrl, project, [
      ...secondHalf,
      ...resent,
    ]);
    expect(Object.fromEntries(refused)).toEqual({});
    const accepted = [...early, ...late];
    expect(accepted).toHaveLength(6_300);

    await drained(edge.queue, 60_000);
    await expectExactCounts(project.projectId, accepted);
    // Neither worker crashed on a conflict with the other.
    expect(workers.map((worker) => worker.exitCode)).toEqual([null, null]);
  }, 120_000);
});
