import {
  FILTERED,
  hasFourDigits,
  sensitiveKeyMatcher,
  withoutCardNumbers,
  type KeyMatcher,
} from "./sensitiveData";
import type { JsonObject, NormalizedEvent } from "./types";

export interface ScrubSettings {
  /** Project.scrubData: off keeps the event as sent, except credentials headers (below). */
  scrubData: boolean;
  /** Project.scrubFields: more key names to treat as sensitive. */
  scrubFields: readonly string[];
}

/** Fields that identify the event rather than describe it: never scrubbed. */
const UNSCRUBBED_FIELDS = new Set([
  "event_id",
  "timestamp",
  "received",
  "level",
  "platform",
  "environment",
  "release",
  "dist",
  "checksum",
  "fingerprint",
  "modules",
  "sdk",
  "debug_meta",
]);

/**
 * Request headers that carry credentials for the user's own app. Filtered even when the project
 * turned scrubbing off: a session cookie or bearer token in our database is a liability and
 * never what someone debugging an error needs.
 */
const CREDENTIAL_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
]);

/**
 * The event with sensitive values replaced by `[Filtered]` before anything is stored: values
 * under sensitive keys anywhere (extra, contexts, request headers/cookies/query/data/env,
 * breadcrumb data, frame vars, user data, tags — objects and `[key, value]` pairs alike),
 * sensitive parameters in URL and form strings, and credit-card numbers inside any string.
 * Pure: returns a new event, sharing the parts that had nothing to filter.
 */
export function scrubEvent(event: NormalizedEvent, settings: ScrubSettings): NormalizedEvent {
  const withoutCredentials = filterCredentialHeaders(event);
  if (!settings.scrubData) return withoutCredentials;

  const isSensitive = sensitiveKeyMatcher(settings.scrubFields);
  const result: JsonObject = {};
  for (const key in withoutCredentials) {
    const value = (withoutCredentials as unknown as JsonObject)[key];
    result[key] = UNSCRUBBED_FIELDS.has(key)
      ? value
      : key === "tags"
        ? scrubPairs(value, isSensitive)
        : key === "request"
          ? scrubRequest(value, isSensitive)
          : key === "contexts"
            ? scrubContexts(value, isSensitive)
            : scrubValue(value, isSensitive);
  }
  return result as unknown as NormalizedEvent;
}

function filterCredentialHeaders(event: NormalizedEvent): NormalizedEvent {
  const request = event.request;
  if (request === undefined) return event;
  const scrubbed: JsonObject = { ...request };
  if (Array.isArray(request.headers)) {
    scrubbed.headers = (request.headers as Pair[]).map(([name, value]) =>
      CREDENTIAL_HEADERS.has(name.toLowerCase()) ? [name, FILTERED] : [name, value],
    );
  }
  if (Array.isArray(request.cookies)) {
    scrubbed.cookies = (request.cookies as Pair[]).map(([name]) => [name, FILTERED]);
  }
  return { ...event, request: scrubbed };
}

type Pair = [string, string];

/** Tags, headers, cookies and query strings are `[name, value]` lists (normalize.ts). */
function scrubPairs(value: unknown, isSensitive: KeyMatcher): unknown {
  if (typeof value === "string") return scrubString(value, isSensitive);
  if (!Array.isArray(value)) return value;
  return (value as Pair[]).map(([name, item]) => [
    name,
    isSensitive(name) ? FILTERED : scrubString(item, isSensitive),
  ]);
}

function scrubRequest(value: unknown, isSensitive: KeyMatcher): unknown {
  if (typeof value !== "object" || value === null) return value;
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] =
      key === "headers" || key === "cookies" || key === "query_string"
        ? scrubPairs(item, isSensitive)
        : scrubValue(item, isSensitive);
  }
  return result;
}

/** A context's name is not data: scrub inside each context, keep the context an object. */
function scrubContexts(value: unknown, isSensitive: KeyMatcher): unknown {
  if (typeof value !== "object" || value === null) return value;
  const result: JsonObject = {};
  for (const [name, context] of Object.entries(value))
    result[name] = scrubValue(context, isSensitive);
  return result;
}

/** Copy-on-write: a part with nothing to filter is returned as is (most of every event). */
function scrubValue(value: unknown, isSensitive: KeyMatcher): unknown {
  if (typeof value === "string") return scrubString(value, isSensitive);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const scrubbed = scrubValue(item, isSensitive);
      if (scrubbed === item) continue;
      copy ??= [...value];
      copy[index] = scrubbed;
    }
    return copy ?? value;
  }
  let copy: JsonObject | undefined;
  for (const key in value) {
    const item = (value as JsonObject)[key];
    const scrubbed = isSensitive(key) && item !== null ? FILTERED : scrubValue(item, isSensitive);
    if (scrubbed === item) continue;
    copy ??= { ...(value as JsonObject) };
    copy[key] = scrubbed;
  }
  return copy ?? value;
}

/** URLs with a query (`…?token=abc`) and form bodies (`user=jane&password=x`) keep their shape. */
const URL_WITH_QUERY = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)\S*\?/i;
const FORM_ENCODED = /^[\w.[\]-]+=[^&\s]*(?:&[\w.[\]-]+=[^&\s]*)*$/;
const QUERY_PARAMETER = /(^|[?&])([^=&#?/\s]+)=([^&#\s]*)/g;

function scrubString(text: string, isSensitive: KeyMatcher): string {
  if (!text.includes("=") && !hasFourDigits(text)) return text;
  const withoutCards = withoutCardNumbers(text);
  if (!URL_WITH_QUERY.test(withoutCards) && !FORM_ENCODED.test(withoutCards)) return withoutCards;
  return withoutCards.replace(QUERY_PARAMETER, (parameter, separator: string, name: string) =>
    isSensitive(safeDecode(name)) ? `${separator}${name}=${FILTERED}` : parameter,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
