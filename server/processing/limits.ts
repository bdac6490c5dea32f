import type { JsonObject } from "./types";

/**
 * Size limits applied while normalizing, and the markers left where something was cut, so a
 * reader of the stored event can tell "the SDK sent this" from "Faultline shortened this":
 *
 * - a string longer than MAX_STRING_CHARS keeps its first MAX_STRING_CHARS characters followed by
 *   TRIMMED_MARKER (`"xxxx…[trimmed]"`);
 * - inside free-form bags (extra, contexts, request data and env, breadcrumb data, frame vars,
 *   user data) an object or array nested more than MAX_BAG_DEPTH levels below the bag becomes the
 *   string DEPTH_LIMIT_MARKER;
 * - a stack trace with more than MAX_FRAMES frames keeps the first and last MAX_FRAMES / 2 and records
 *   the dropped range as Sentry does, in `frames_omitted: [start, end]` (see exceptions.ts).
 *
 * NUL characters are removed and unpaired UTF-16 surrogates replaced by U+FFFD everywhere:
 * PostgreSQL text and jsonb reject both, and one such string would fail the whole batch.
 */
export const MAX_STRING_CHARS = 16 * 1024;
export const TRIMMED_MARKER = "…[trimmed]";
export const MAX_BAG_DEPTH = 8;
export const DEPTH_LIMIT_MARKER = "[depth limit]";
export const MAX_FRAMES = 250;
/** Structural fields (exceptions, threads) are not bags, but JSON can nest arbitrarily deep. */
export const MAX_STRUCTURE_DEPTH = 32;

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanString(text: string): string {
  // The same test as UNSTORABLE, but native: no regex scan over every string of every event.
  const storable =
    text.includes("\u0000") || !text.isWellFormed()
      ? text.replace(UNSTORABLE, (match) => (match === "\u0000" ? "" : "\uFFFD"))
      : text;
  if (storable.length <= MAX_STRING_CHARS) return storable;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(storable[MAX_STRING_CHARS - 1] ?? "")
    ? MAX_STRING_CHARS - 1
    : MAX_STRING_CHARS;
  return storable.slice(0, end) + TRIMMED_MARKER;
}

/**
 * A copy of any JSON value with every string cleaned and containers nested deeper than
 * `maxDepth` below `value` replaced by DEPTH_LIMIT_MARKER. `undefined` (and anything JSON
 * cannot hold) is dropped from objects.
 */
export function sanitizeJson(value: unknown, maxDepth: number = MAX_BAG_DEPTH): unknown {
  return sanitizeAt(value, 0, maxDepth);
}

function sanitizeAt(value: unknown, depth: number, maxDepth: number): unknown {
  if (typeof value === "string") return cleanString(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean" || value === null) return value;
  if (typeof value !== "object") return undefined;
  if (depth >= maxDepth) return DEPTH_LIMIT_MARKER;
  if (Array.isArray(value)) {
    return value.map((item) => sanitizeAt(item, depth + 1, maxDepth) ?? null);
  }
  const result: JsonObject = {};
  // for…in rather than Object.entries: no pair array per key. Payloads are parsed JSON, so
  // nothing enumerable is inherited and both see the same keys in the same order.
  for (const key in value) {
    const sanitized = sanitizeAt((value as JsonObject)[key], depth + 1, maxDepth);
    if (sanitized !== undefined) result[cleanString(key)] = sanitized;
  }
  return result;
}

/** A bag (extra, contexts…) as an object, or undefined when the SDK sent something else or nothing. */
export function sanitizeBag(value: unknown): JsonObject | undefined {
  const record = asRecord(value);
  if (record === undefined) return undefined;
  const bag = sanitizeJson(record, MAX_BAG_DEPTH + 1) as JsonObject;
  return Object.keys(bag).length > 0 ? bag : undefined;
}

export function asRecord(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** A cleaned, trimmed, non-empty string; numbers are accepted where SDKs send them for strings. */
export function optionalString(value: unknown, maxChars?: number): string | undefined {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" && Number.isFinite(value)
        ? String(value)
        : undefined;
  if (text === undefined) return undefined;
  const cleaned = cleanString(text).trim();
  if (cleaned === "") return undefined;
  return maxChars !== undefined && cleaned.length > maxChars ? cleaned.slice(0, maxChars) : cleaned;
}
