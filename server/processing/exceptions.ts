import {
  asRecord,
  cleanString,
  MAX_FRAMES,
  MAX_STRUCTURE_DEPTH,
  sanitizeBag,
  sanitizeJson,
} from "./limits";
import type { JsonObject } from "./types";

/**
 * `exception` as `{values}` whatever the SDK sent: `{values}`, a bare array or one object
 * (legacy). Order is kept — oldest cause first, the exception actually thrown LAST (protocol
 * doc §8) — because titles and grouping depend on it.
 */
export function eventExceptions(event: JsonObject): { values: JsonObject[] } | undefined {
  const values = listOf(event.exception ?? event["sentry.interfaces.Exception"]).flatMap(
    (value): JsonObject[] => {
      const normalized = exception(value);
      return normalized === undefined ? [] : [normalized];
    },
  );
  return values.length > 0 ? { values } : undefined;
}

export function eventThreads(event: JsonObject): { values: JsonObject[] } | undefined {
  const values = listOf(event.threads).flatMap((value) => {
    const thread = asRecord(value);
    return thread === undefined ? [] : [withStacktraces(thread)];
  });
  return values.length > 0 ? { values } : undefined;
}

/** The event-level stack (`attachStacktrace` on messages in non-JS SDKs). */
export function eventStacktrace(event: JsonObject): JsonObject | undefined {
  return stacktrace(event.stacktrace ?? event["sentry.interfaces.Stacktrace"]);
}

function listOf(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  const record = asRecord(input);
  if (record === undefined) return [];
  return Array.isArray(record.values) ? record.values : [record];
}

function exception(input: unknown): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const result = withStacktraces(record);
  // Relay keeps a non-string value as its JSON text rather than dropping what the SDK said.
  if (record.value !== undefined && record.value !== null && typeof record.value !== "string") {
    result.value = cleanString(JSON.stringify(record.value));
  }
  if (result.type === undefined && result.value === undefined && result.stacktrace === undefined) {
    return undefined;
  }
  return result;
}

function withStacktraces(record: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key in record) {
    const value = record[key];
    if (key === "stacktrace" || key === "raw_stacktrace") {
      const normalized = stacktrace(value);
      if (normalized !== undefined) result[key] = normalized;
      continue;
    }
    const sanitized = sanitizeJson(value, MAX_STRUCTURE_DEPTH);
    if (sanitized !== undefined && sanitized !== null) result[cleanString(key)] = sanitized;
  }
  return result;
}

function stacktrace(input: unknown): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined || !Array.isArray(record.frames)) return undefined;
  const frames: JsonObject[] = [];
  for (const value of record.frames) {
    const normalized = frame(value);
    if (normalized !== undefined) frames.push(normalized);
  }
  const result: JsonObject = {};
  for (const key in record) {
    if (key === "frames") continue;
    const sanitized = sanitizeJson(record[key], MAX_STRUCTURE_DEPTH);
    if (sanitized !== undefined) result[cleanString(key)] = sanitized;
  }
  if (frames.length > MAX_FRAMES) {
    // Keep both ends: the entry point and the crash site are what people look at.
    const half = MAX_FRAMES / 2;
    result.frames = [...frames.slice(0, half), ...frames.slice(frames.length - half)];
    result.frames_omitted = [half, frames.length - half];
  } else {
    result.frames = frames;
  }
  return result;
}

function frame(input: unknown): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const result: JsonObject = {};
  for (const key in record) {
    const value = record[key];
    if (key === "vars") {
      const vars = sanitizeBag(value);
      if (vars !== undefined) result.vars = vars;
      continue;
    }
    const sanitized = sanitizeJson(value, MAX_STRUCTURE_DEPTH);
    if (sanitized !== undefined) result[cleanString(key)] = sanitized;
  }
  return result;
}
