import { eventLevel } from "./eventFields";
import { asRecord, cleanString, MAX_STRUCTURE_DEPTH, sanitizeBag, sanitizeJson } from "./limits";
import { parseTimestamp } from "./timestamps";
import type { JsonObject } from "./types";

/** Relay's max_breadcrumbs: the most recent ones explain the error. */
const MAX_BREADCRUMBS = 100;

/**
 * Breadcrumbs as `{values}`: the spec's shape, though the JS SDK sends a bare array (protocol
 * doc §8). Timestamps become float seconds shifted by the same clock drift as the event's;
 * only the last 100 are kept.
 */
export function eventBreadcrumbs(
  input: unknown,
  driftSeconds: number,
): { values: JsonObject[] } | undefined {
  const list = Array.isArray(input) ? input : asRecord(input)?.values;
  if (!Array.isArray(list)) return undefined;
  const values: JsonObject[] = [];
  for (const value of list.slice(-MAX_BREADCRUMBS)) {
    const crumb = breadcrumb(value, driftSeconds);
    if (crumb !== undefined) values.push(crumb);
  }
  return values.length > 0 ? { values } : undefined;
}

function breadcrumb(input: unknown, driftSeconds: number): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const result: JsonObject = {};
  for (const key in record) {
    const value = record[key];
    if (key === "timestamp") {
      const timestamp = parseTimestamp(value);
      if (timestamp !== undefined) result.timestamp = timestamp + driftSeconds;
    } else if (key === "level") {
      result.level = eventLevel(value);
    } else if (key === "data") {
      const data = sanitizeBag(value);
      if (data !== undefined) result.data = data;
    } else {
      const sanitized = sanitizeJson(value, MAX_STRUCTURE_DEPTH);
      if (sanitized !== undefined && sanitized !== null) result[cleanString(key)] = sanitized;
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
