import { asRecord, cleanString, sanitizeBag } from "./limits";
import { requestHeader } from "./request";
import type { JsonObject } from "./types";
import { userAgentContexts } from "./userAgent";

/**
 * `contexts` keyed by name, each an object whose `type` defaults to its key (protocol doc §8);
 * browser and OS contexts are derived from the request's User-Agent when the SDK sent none.
 */
export function eventContexts(
  input: unknown,
  request: JsonObject | undefined,
): Record<string, JsonObject> | undefined {
  const result: Record<string, JsonObject> = {};
  for (const [key, value] of Object.entries(asRecord(input) ?? {})) {
    const context = sanitizeBag(value) ?? (asRecord(value) ? {} : undefined);
    if (context === undefined) continue;
    const name = cleanString(key);
    if (typeof context.type !== "string") context.type = name;
    result[name] = context;
  }

  const userAgent = requestHeader(request, "user-agent");
  if (userAgent !== undefined) {
    const derived = userAgentContexts(userAgent);
    if (derived.browser && !hasContextOfType(result, "browser")) result.browser = derived.browser;
    if (derived.os && !hasContextOfType(result, "os")) result.os = derived.os;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The first context of a type (`os`, `runtime`, `browser`…), whatever its key. */
export function contextOfType(
  contexts: Record<string, JsonObject> | undefined,
  type: string,
): JsonObject | undefined {
  if (contexts === undefined) return undefined;
  return contexts[type]?.type === type
    ? contexts[type]
    : Object.values(contexts).find((context) => context.type === type);
}

function hasContextOfType(contexts: Record<string, JsonObject>, type: string): boolean {
  return contextOfType(contexts, type) !== undefined;
}
