import type { Queue } from "bullmq";
import { env } from "@/server/env";
import type { ClassifiedItem } from "@/server/ingest/items";
import type { IngestedEvent } from "@/server/processing/types";
import { parseTrustedProxies } from "@/server/ingest/trustedProxies";
import { createEventEnqueuer, type EventEnqueuer, type EventsJobData } from "@/server/queue/events";
import { createRedis } from "@/server/redis";
import { createProjectKeyCache, type ProjectKeyCache } from "@/server/services/projectKeyCache";
import type { LeanRoute } from "../router";
import { edgeEventsQueue } from "./edgeEventsQueue";
import { PreserializedEvent } from "./eventJob";
import { INGEST_PATH, createIngestHandler, type IngestDeps } from "./handler";
import { createBacklogGuard, createKeyQuota } from "./rateLimits";

/** Waiting events above which the edge answers 429 to everyone until the workers catch up. */
export const DEFAULT_MAX_BACKLOG = 200_000;

/** A `PreserializedEvent`'s size in its job is its text's length; other events are not weighed. */
function jobChars(event: IngestedEvent): number {
  return event instanceof PreserializedEvent ? event.json.length : 0;
}

export function ingestRoutes(deps: IngestDeps): LeanRoute[] {
  return [
    {
      name: "ingest",
      methods: ["POST", "OPTIONS"],
      pattern: INGEST_PATH,
      handle: createIngestHandler(deps),
    },
  ];
}

/**
 * Items accepted but not persisted yet (transactions, spans, sessions…), per project and kind, in
 * this process. Until release health and outcomes are stored this is all that is kept of them.
 */
export const acceptedItemCounts = new Map<string, number>();

function countItem(projectId: number, item: ClassifiedItem): void {
  const key = `${projectId}:${item.kind}`;
  acceptedItemCounts.set(key, (acceptedItemCounts.get(key) ?? 0) + 1);
}

export interface IngestRuntime extends IngestDeps {
  close(): Promise<void>;
}

/**
 * The edge's Redis-backed dependencies, created on first use so that importing the route table
 * (tests, Next builds) opens no connection. `queueName` lets tests use a queue of their own.
 */
export function createIngestRuntime(
  options: {
    queueName?: string;
    maxBacklog?: number;
    backlogCacheMs?: number;
    /** Defaults to TRUSTED_PROXIES. */
    trustedProxies?: string;
  } = {},
): IngestRuntime {
  const proxies = parseTrustedProxies(options.trustedProxies ?? env.TRUSTED_PROXIES);
  if (!proxies.ok) throw new Error(`TRUSTED_PROXIES: ${proxies.reason}`);
  const start = () => {
    started ??= startRuntime(options);
    return started;
  };
  let started: ReturnType<typeof startRuntime> | undefined;
  return {
    findKey: (publicKey) => start().cache.get(publicKey),
    enqueueEvent: (event) => start().enqueuer.enqueue(event),
    enqueueItems: (items) => start().enqueuer.enqueueItems(items),
    countItem,
    trustedProxies: proxies.proxies,
    backlogLimit: () => start().backlogLimit(),
    keyQuota: (key, events) => start().keyQuota(key, events),
    async close() {
      if (started === undefined) return;
      const { cache, queue, enqueuer, connection } = started;
      started = undefined;
      await enqueuer.flush();
      await Promise.allSettled([cache.close(), queue.close()]);
      await connection.quit().catch(() => undefined);
    },
  };
}

function startRuntime(options: {
  queueName?: string;
  maxBacklog?: number;
  backlogCacheMs?: number;
}) {
  const connection = createRedis();
  const queue: Queue<EventsJobData> = edgeEventsQueue(connection, options.queueName);
  const cache: ProjectKeyCache = createProjectKeyCache();
  const enqueuer: EventEnqueuer = createEventEnqueuer(queue, { charsOf: jobChars });
  return {
    connection,
    cache,
    queue,
    enqueuer,
    keyQuota: createKeyQuota(connection),
    backlogLimit: createBacklogGuard(() => queue, {
      eventsPerJob: () => enqueuer.eventsPerJob(),
      maxBacklog: options.maxBacklog ?? DEFAULT_MAX_BACKLOG,
      cacheMs: options.backlogCacheMs,
    }),
  };
}
