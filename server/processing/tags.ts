import { asRecord, cleanString } from "./limits";
import { contextOfType } from "./contexts";
import type { JsonObject, NormalizedEvent, TagPair } from "./types";

/** Relay's limits for tag keys and values. */
const MAX_TAG_CHARS = 200;

/**
 * The SDK's tags as an ordered list of `[key, value]` strings, from an object or a list of pairs.
 * Numbers and booleans become strings; tags with an empty or over-long key or value, or a line
 * break, are dropped (as Relay drops them); a key keeps its first value.
 */
export function sdkTags(input: unknown): TagPair[] {
  const entries: Array<[unknown, unknown]> = Array.isArray(input)
    ? input.flatMap((pair): Array<[unknown, unknown]> =>
        Array.isArray(pair) && pair.length === 2 ? [[pair[0], pair[1]]] : [],
      )
    : Object.entries(asRecord(input) ?? {});
  const tags: TagPair[] = [];
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of entries) {
    const key = tagText(rawKey);
    const value = tagText(rawValue);
    if (key === undefined || value === undefined || seen.has(key)) continue;
    if (key.length > MAX_TAG_CHARS || value.length > MAX_TAG_CHARS) continue;
    seen.add(key);
    tags.push([key, value]);
  }
  return tags;
}

/**
 * The SDK's tags followed by the ones Sentry derives from the event — level, environment,
 * release, url, user, handled, mechanism, browser/os/runtime from contexts… A derived tag
 * replaces an SDK tag of the same key and goes last, as Sentry's `set_tag` does.
 */
export function withDerivedTags(event: NormalizedEvent, userKey: string | undefined): TagPair[] {
  const derived = derivedTags(event, userKey);
  const tags: TagPair[] = [];
  for (const pair of event.tags) {
    if (!hasKey(derived, pair[0])) tags.push(pair);
  }
  for (const pair of derived) tags.push(pair);
  return tags;
}

function hasKey(tags: readonly TagPair[], key: string): boolean {
  for (const [tagKey] of tags) if (tagKey === key) return true;
  return false;
}

function derivedTags(event: NormalizedEvent, userKey: string | undefined): TagPair[] {
  const tags: TagPair[] = [];
  pushTag(tags, "level", event.level);
  pushTag(tags, "logger", event.logger);
  pushTag(tags, "environment", event.environment);
  pushTag(tags, "release", event.release);
  pushTag(tags, "dist", event.dist);
  pushTag(tags, "server_name", event.server_name);
  pushTag(tags, "transaction", event.transaction);
  pushTag(tags, "url", event.request?.url);
  pushTag(tags, "user", userKey);
  pushUserFieldTags(tags, event.user, userKey);
  pushExceptionTags(tags, event);
  pushContextTags(tags, event.contexts, "browser");
  pushContextTags(tags, event.contexts, "os");
  pushContextTags(tags, event.contexts, "runtime");
  return tags;
}

function pushTag(tags: TagPair[], key: string, raw: unknown): void {
  const value = tagText(raw);
  if (value !== undefined) tags.push([key, value.slice(0, MAX_TAG_CHARS)]);
}

/**
 * `user.email` and `user.username` of a user the `user` tag names by another field (an id), so
 * that `user.email:` still finds them (docs/search.md). Never a copy of the `user` tag's own
 * field: each tag is one more row per distinct user in the tag counts. No `user.ip`: the
 * SDKs fill the IP in on almost every event, which would double those rows for little use.
 */
function pushUserFieldTags(
  tags: TagPair[],
  user: JsonObject | undefined,
  userKey: string | undefined,
): void {
  if (user === undefined || userKey === undefined) return;
  if (!userKey.startsWith("email:")) pushTag(tags, "user.email", user.email);
  if (!userKey.startsWith("username:")) pushTag(tags, "user.username", user.username);
}

function pushExceptionTags(tags: TagPair[], event: NormalizedEvent): void {
  const exceptions = event.exception?.values ?? [];
  let hasMechanism = false;
  let anyUnhandled = false;
  let anyHandled = false;
  for (const exception of exceptions) {
    const mechanism = asRecord(exception.mechanism);
    if (mechanism === undefined) continue;
    hasMechanism = true;
    if (mechanism.handled === false) anyUnhandled = true;
    else if (mechanism.handled === true) anyHandled = true;
  }
  if (!hasMechanism) return;
  // Same rule as isUnhandled() in grouping: any exception that escaped to a global handler.
  pushTag(tags, "handled", anyUnhandled ? "no" : anyHandled ? "yes" : undefined);
  pushTag(tags, "mechanism", asRecord(exceptions[exceptions.length - 1]?.mechanism)?.type);
}

/** `browser` = "Chrome 120.0.0" and `browser.name` = "Chrome"; the same for os and runtime. */
function pushContextTags(
  tags: TagPair[],
  contexts: Record<string, JsonObject> | undefined,
  type: "browser" | "os" | "runtime",
): void {
  const context = contextOfType(contexts, type);
  const name = tagText(context?.name);
  if (name === undefined) return;
  const version = tagText(context?.version);
  pushTag(tags, type, version === undefined ? name : `${name} ${version}`);
  pushTag(tags, `${type}.name`, name);
}

function tagText(value: unknown): string | undefined {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : undefined;
  if (text === undefined) return undefined;
  const trimmed = cleanString(text).trim();
  if (trimmed === "" || trimmed.includes("\n") || trimmed.includes("\r")) return undefined;
  return trimmed;
}
