import { createHash } from "node:crypto";
import {
  asRecord,
  cleanString,
  MAX_STRUCTURE_DEPTH,
  optionalString,
  sanitizeBag,
  sanitizeJson,
} from "./limits";
import type { JsonObject } from "./types";

/** Longer keys are hashed: the key is a primary-key column and a tag value (≤ 200 chars). */
const MAX_USER_KEY_CHARS = 200;

/**
 * `user` with its identifying fields as strings and `ip_address: "{{auto}}"` replaced by the
 * connecting IP (protocol doc §8); removed when no IP is known.
 */
export function eventUser(input: unknown, clientIp: string | null): JsonObject | undefined {
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === "id" || key === "email" || key === "username" || key === "name") {
      const text = optionalString(value);
      if (text !== undefined) result[key] = text;
    } else if (key === "ip_address") {
      const ip = value === "{{auto}}" ? clientIp : optionalString(value);
      if (ip) result.ip_address = ip;
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

const KEY_FIELDS = [
  ["id", "id"],
  ["email", "email"],
  ["username", "username"],
  ["ip", "ip_address"],
] as const;

/**
 * Who the event happened to, as one string: `id:…`, else `email:…`, else `username:…`, else
 * `ip:…` — the key distinct-user counts and the `user` tag are built on.
 */
export function userKey(user: JsonObject | undefined): string | undefined {
  if (user === undefined) return undefined;
  for (const [prefix, field] of KEY_FIELDS) {
    const value = user[field];
    if (typeof value !== "string" || value === "") continue;
    const key = `${prefix}:${value}`;
    if (key.length <= MAX_USER_KEY_CHARS) return key;
    return `${prefix}:md5:${createHash("md5").update(value).digest("hex")}`;
  }
  return undefined;
}
