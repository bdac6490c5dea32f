import { eventBreadcrumbs } from "./breadcrumbs";
import { eventContexts } from "./contexts";
import {
  eventEnvironment,
  eventFingerprint,
  eventLevel,
  eventPlatform,
  eventRelease,
  shortString,
} from "./eventFields";
import { eventExceptions, eventStacktrace, eventThreads } from "./exceptions";
import { asRecord, cleanString, MAX_STRUCTURE_DEPTH, sanitizeBag, sanitizeJson } from "./limits";
import { eventLogEntry } from "./logEntry";
import { eventRequest } from "./request";
import { sdkTags, withDerivedTags } from "./tags";
import { clockDriftSeconds, eventTimestamp } from "./timestamps";
import type { IngestedEvent, JsonObject, NormalizedEvent } from "./types";
import { eventUser, userKey } from "./user";

/**
 * The SDK's event in one canonical shape (protocol doc §8): defaults applied, every field that
 * may arrive in several spellings reduced to one, sizes bounded (limits.ts), derived tags added.
 * Pure and total: whatever the payload, the result is a storable event. Fields Sentry's event
 * schema does not know are dropped.
 */
export function normalizeEvent(job: IngestedEvent): NormalizedEvent {
  const raw = asRecord(job.payload) ?? {};
  const received = Date.parse(job.receivedAt) / 1000;
  const drift = clockDriftSeconds(received, job.sentAt);
  const request = eventRequest(raw.request ?? raw["sentry.interfaces.Http"]);

  const event: NormalizedEvent = {
    event_id: job.eventId,
    timestamp: eventTimestamp(raw.timestamp, received, drift),
    received,
    level: eventLevel(raw.level),
    platform: eventPlatform(raw.platform),
    environment: eventEnvironment(raw.environment),
    tags: sdkTags(raw.tags),
  };
  const optional: Partial<NormalizedEvent> = {
    release: eventRelease(raw.release),
    dist: shortString(raw.dist, 64),
    logger: shortString(raw.logger, 64),
    server_name: shortString(raw.server_name, 200),
    transaction: shortString(raw.transaction, 200),
    culprit: shortString(raw.culprit, 200),
    checksum: shortString(raw.checksum, 128),
    fingerprint: eventFingerprint(raw.fingerprint),
    logentry: eventLogEntry(raw),
    exception: eventExceptions(raw),
    threads: eventThreads(raw),
    stacktrace: eventStacktrace(raw),
    breadcrumbs: eventBreadcrumbs(raw.breadcrumbs ?? raw["sentry.interfaces.Breadcrumbs"], drift),
    user: eventUser(raw.user ?? raw["sentry.interfaces.User"], job.clientIp),
    request,
    contexts: eventContexts(raw.contexts, request),
    extra: sanitizeBag(raw.extra),
    modules: eventModules(raw.modules),
    sdk: structure(raw.sdk),
    debug_meta: structure(raw.debug_meta),
  };
  for (const key in optional) {
    const value = optional[key as keyof NormalizedEvent];
    if (value !== undefined) (event as unknown as JsonObject)[key] = value;
  }
  event.tags = withDerivedTags(event, userKey(event.user));
  return event;
}

function eventModules(input: unknown): Record<string, string> | undefined {
  const entries = Object.entries(asRecord(input) ?? {}).flatMap(([name, version]) =>
    typeof version === "string" ? [[cleanString(name), cleanString(version)]] : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function structure(input: unknown): JsonObject | undefined {
  const record = asRecord(input);
  return record === undefined
    ? undefined
    : (sanitizeJson(record, MAX_STRUCTURE_DEPTH) as JsonObject);
}
