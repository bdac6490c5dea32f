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
  const derivedKeys = new Set(derived.map(([key]) => key));
  return [...event.tags.filter(([key]) => !derivedKeys.has(key)), ...derived];
}

function derivedTags(event: NormalizedEvent, userKey: string | undefined): TagPair[] {
  const candidates: Array<[string, unknown]> = [
    ["level", event.level],
    ["logger", event.logger],
    ["environment", event.environment],
    ["release", event.release],
    ["dist", event.dist],
    ["server_name", event.server_name],
    ["transaction", event.transaction],
    ["url", event.request?.url],
    ["user", userKey],
    ...userFieldTags(event.user, userKey),
    ...exceptionTags(event),
    ...contextTags(event.contexts, "browser"),
    ...contextTags(event.contexts, "os"),
    ...contextTags(event.contexts, "runtime"),
  ];
  return candidates.flatMap(([key, raw]): TagPair[] => {
    const value = tagText(raw);
    return value === undefined ? [] : [[key, value.slice(0, MAX_TAG_CHARS)]];
  });
}

/**
 * `user.email` and `user.username` of a user the `user` tag names by another field (an id), so
 * that `user.email:` still finds them (docs/search.md). Never a copy of the `user` tag's own
 * field: each tag is one more row per distinct user in the tag counts. No `user.ip`: the
 * SDKs fill the IP in on almost every event, which would double those rows for little use.
 */
function userFieldTags(
  user: JsonObject | undefined,
  userKey: string | undefined,
): Array<[string, unknown]> {
  if (user === undefined || userKey === undefined) return [];
  const tags: Array<[string, unknown]> = [];
  if (!userKey.startsWith("email:")) tags.push(["user.email", user.email]);
  if (!userKey.startsWith("username:")) tags.push(["user.username", user.username]);
  return tags;
}

function exceptionTags(event: NormalizedEvent): Array<[string, unknown]> {
  const exceptions = event.exception?.values ?? [];
  const mechanisms = exceptions.flatMap((exception): JsonObject[] => {
    const mechanism = asRecord(exception.mechanism);
    return mechanism === undefined ? [] : [mechanism];
  });
  if (mechanisms.length === 0) return [];
  // Same rule as isUnhandled() in grouping: any exception that escaped to a global handler.
  const handled = mechanisms.some((mechanism) => mechanism.handled === false)
    ? "no"
    : mechanisms.some((mechanism) => mechanism.handled === true)
      ? "yes"
      : undefined;
  const thrown = asRecord(exceptions[exceptions.length - 1]?.mechanism);
  return [
    ["handled", handled],
    ["mechanism", thrown?.type],
  ];
}

/** `browser` = "Chrome 120.0.0" and `browser.name` = "Chrome"; the same for os and runtime. */
function contextTags(
  contexts: Record<string, JsonObject> | undefined,
  type: "browser" | "os" | "runtime",
): Array<[string, unknown]> {
  const context = contextOfType(contexts, type);
  const name = tagText(context?.name);
  if (name === undefined) return [];
  const version = tagText(context?.version);
  return [
    [type, version === undefined ? name : `${name} ${version}`],
    [`${type}.name`, name],
  ];
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
  if (trimmed === "" || /[\r\n]/.test(trimmed)) return undefined;
  return trimmed;
}
