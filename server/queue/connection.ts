import type { QueueOptions } from "bullmq";
import type { Redis } from "ioredis";

/**
 * Every BullMQ key starts with this prefix. The braces are a Redis Cluster hash tag: all keys of
 * all queues hash to one slot, which BullMQ's multi-key Lua scripts require on a cluster.
 * See docs/architecture.md ("Redis").
 */
export const QUEUE_PREFIX = "{faultline}";

/** Options shared by every Queue and Worker; `connection` must allow blocking commands. */
export function queueOptions(connection: Redis): QueueOptions {
  return { connection, prefix: QUEUE_PREFIX };
}
