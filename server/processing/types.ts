import { z } from "zod";

/**
 * One accepted event as the edge enqueues it: the SDK's JSON plus the few request facts
 * normalization needs. Kept small on purpose — every queued job lives in Redis until processed.
 */
export const ingestedEventSchema = z.object({
  projectId: z.number().int().positive(),
  /** 32 lowercase hex digits (the edge undashes UUIDs and generates one when the SDK sent none). */
  eventId: z.string().regex(/^[0-9a-f]{32}$/),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The connecting IP, for `user.ip_address: "{{auto}}"`. */
  clientIp: z.string().nullable(),
  /** The envelope header's `sent_at`, as the SDK wrote it; used for clock-drift correction. */
  sentAt: z.string().nullable().optional(),
  payload: z.unknown(),
});

export type IngestedEvent = z.infer<typeof ingestedEventSchema>;

export type JsonObject = Record<string, unknown>;

export type Level = "fatal" | "error" | "warning" | "info" | "debug";

/** Tags in the order the SDK sent them, then the ones derived from the event (Sentry's `set_tag`). */
export type TagPair = [key: string, value: string];

export interface LogEntry {
  /** The message with params applied: what people read and search. */
  formatted: string;
  /** The template (`Order %s failed`), when the SDK sent one; grouping prefers it. */
  message?: string;
  params?: unknown[];
}

/**
 * An event after normalization: a plain JSON object with Sentry's field names (protocol doc §8),
 * every shape the SDKs may send reduced to one. Timestamps are float seconds since the epoch.
 */
export interface NormalizedEvent {
  event_id: string;
  timestamp: number;
  received: number;
  level: Level;
  platform: string;
  environment: string;
  release?: string;
  dist?: string;
  logger?: string;
  server_name?: string;
  transaction?: string;
  culprit?: string;
  checksum?: string;
  fingerprint?: string[];
  logentry?: LogEntry;
  exception?: { values: JsonObject[] };
  threads?: { values: JsonObject[] };
  stacktrace?: JsonObject;
  breadcrumbs?: { values: JsonObject[] };
  tags: TagPair[];
  user?: JsonObject;
  request?: JsonObject;
  contexts?: Record<string, JsonObject>;
  extra?: JsonObject;
  modules?: Record<string, string>;
  sdk?: JsonObject;
  debug_meta?: JsonObject;
}
