import type { Event } from "@/server/db/generated/client";

type JsonObject = Record<string, unknown>;

export type SerializableEvent = Pick<
  Event,
  | "id"
  | "eventId"
  | "issueId"
  | "projectId"
  | "timestamp"
  | "receivedAt"
  | "level"
  | "platform"
  | "title"
  | "message"
  | "release"
  | "environment"
  | "tags"
  | "data"
  | "size"
>;

export interface SentryEntry {
  type: string;
  data: unknown;
}

/** Postgres returns the uuid column dashed; Sentry's API shows event ids as 32 hex digits. */
export function undashedEventId(eventId: string): string {
  return eventId.replaceAll("-", "").toLowerCase();
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

function asPairs(value: unknown): [string, string][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((pair): [string, string][] =>
    Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string"
      ? [[pair[0], pair[1]]]
      : [],
  );
}

/**
 * Sentry orders entries by each interface's display score (message above exception, request
 * and debug info last); the UI and tools read them in that order.
 */
function eventEntries(data: JsonObject): SentryEntry[] {
  const entries: SentryEntry[] = [];
  const logentry = asObject(data.logentry);
  if (logentry !== undefined) {
    entries.push({
      type: "message",
      data: {
        formatted: logentry.formatted ?? null,
        message: logentry.message ?? null,
        params: logentry.params ?? null,
      },
    });
  }
  const exception = asObject(data.exception);
  if (Array.isArray(exception?.values)) {
    entries.push({
      type: "exception",
      data: { values: exception.values, hasSystemFrames: hasSystemFrames(exception.values) },
    });
  }
  const stacktrace = asObject(data.stacktrace);
  if (stacktrace !== undefined) entries.push({ type: "stacktrace", data: stacktrace });
  const threads = asObject(data.threads);
  if (Array.isArray(threads?.values))
    entries.push({ type: "threads", data: { values: threads.values } });
  const breadcrumbs = asObject(data.breadcrumbs);
  if (Array.isArray(breadcrumbs?.values) && breadcrumbs.values.length > 0) {
    entries.push({ type: "breadcrumbs", data: { values: breadcrumbs.values } });
  }
  const request = asObject(data.request);
  if (request !== undefined) entries.push({ type: "request", data: requestEntry(request) });
  const debugMeta = asObject(data.debug_meta);
  if (debugMeta !== undefined) entries.push({ type: "debugmeta", data: debugMeta });
  return entries;
}

function hasSystemFrames(values: unknown[]): boolean {
  return values.some((value) => {
    const frames = asObject(asObject(value)?.stacktrace)?.frames;
    return Array.isArray(frames) && frames.some((frame) => asObject(frame)?.in_app !== true);
  });
}

/** Sentry's request entry: `query` (not `query_string`) and header/cookie pairs. */
function requestEntry(request: JsonObject) {
  return {
    url: request.url ?? null,
    method: request.method ?? null,
    query: asPairs(request.query_string),
    fragment: request.fragment ?? null,
    data: request.data ?? null,
    headers: asPairs(request.headers),
    cookies: asPairs(request.cookies),
    env: request.env ?? null,
    inferredContentType: request.inferred_content_type ?? null,
  };
}

/** Sentry's event user: the identifying fields at the top level, anything else under `data`. */
function eventUser(data: JsonObject) {
  const user = asObject(data.user);
  if (user === undefined) return null;
  const { id, email, username, ip_address, name, geo, ...rest } = user;
  return {
    id: id ?? null,
    email: email ?? null,
    username: username ?? null,
    ip_address: ip_address ?? null,
    name: name ?? null,
    geo: geo ?? null,
    data: Object.keys(rest).length > 0 ? rest : null,
  };
}

function eventTags(tags: unknown) {
  return asPairs(tags).map(([key, value]) => ({ key, value }));
}

/**
 * One stored event as Sentry's event API returns it (`GET /api/0/issues/{id}/events/`, full
 * form): ids as strings, times in ISO 8601, the payload's interfaces as `entries`.
 */
export function serializeEvent(event: SerializableEvent) {
  const data = asObject(event.data) ?? {};
  const eventID = undashedEventId(event.eventId);
  const sdk = asObject(data.sdk);
  return {
    id: eventID,
    eventID,
    groupID: String(event.issueId),
    projectID: String(event.projectId),
    type: asObject(data.exception) === undefined ? "default" : "error",
    title: event.title,
    message: event.message,
    culprit: typeof data.culprit === "string" ? data.culprit : (data.transaction ?? null),
    platform: event.platform,
    level: event.level,
    dateCreated: event.timestamp.toISOString(),
    dateReceived: event.receivedAt.toISOString(),
    size: event.size,
    tags: eventTags(event.tags),
    user: eventUser(data),
    entries: eventEntries(data),
    contexts: asObject(data.contexts) ?? {},
    context: asObject(data.extra) ?? {},
    packages: asObject(data.modules) ?? {},
    sdk: sdk === undefined ? null : { name: sdk.name ?? null, version: sdk.version ?? null },
    release: event.release === null ? null : { version: event.release },
    environment: event.environment,
    dist: data.dist ?? null,
  };
}

export type SentryEvent = ReturnType<typeof serializeEvent>;
