import { crashFrame } from "./crashFrame";
import { parameterize } from "./parameterize";
import type { GroupingEvent } from "./types";

/** Stands in for the default grouping values inside a resolved fingerprint. */
export const DEFAULT_VALUES = Symbol("{{ default }}");
export type FingerprintEntry = string | typeof DEFAULT_VALUES;

const VARIABLE = /^\{\{\s*(\S+)\s*\}\}$/;

/** `{{ name }}` → `name` (any inner whitespace, `{{name}}` too); plain strings → undefined. */
export function fingerprintVariable(entry: string): string | undefined {
  return VARIABLE.exec(entry)?.[1];
}

export function isDefaultEntry(entry: string): boolean {
  return fingerprintVariable(entry) === "default";
}

/**
 * Replaces template variables in a client fingerprint with values from the event (protocol doc
 * §10), keeping `{{ default }}` as a marker for the caller to splice the default values into.
 */
export function resolveFingerprint(
  fingerprint: readonly string[],
  event: GroupingEvent,
): FingerprintEntry[] {
  return fingerprint.map((entry) => {
    const variable = fingerprintVariable(entry);
    if (variable === undefined) return entry;
    if (variable === "default") return DEFAULT_VALUES;
    return variableValue(variable, event);
  });
}

function variableValue(variable: string, event: GroupingEvent): string {
  const exceptions = event.exception?.values ?? [];
  const thrown = exceptions[exceptions.length - 1];
  switch (variable) {
    case "transaction":
      return event.transaction || "<no-transaction>";
    case "message":
    case "raw_message": {
      const message =
        event.logentry?.formatted || event.logentry?.message || event.message || thrown?.value;
      // Parameterized (not trimmed) so `{{ message }}` does not split an issue per order id.
      return message ? parameterize(message) : "<no-message>";
    }
    case "type":
    case "error.type":
      return thrown?.type || "<no-type>";
    case "value":
    case "raw_value":
    case "error.value":
    case "error.raw_value":
      return thrown?.value || "<no-value>";
    case "function":
    case "stack.function":
      return crashFrame(event)?.function || "<no-function>";
    case "path":
    case "stack.abs_path": {
      const frame = crashFrame(event);
      return frame?.abs_path || frame?.filename || "<no-abs-path>";
    }
    case "stack.filename": {
      const frame = crashFrame(event);
      return frame?.filename || frame?.abs_path || "<no-filename>";
    }
    case "module":
    case "stack.module":
      return crashFrame(event)?.module || "<no-module>";
    case "package":
    case "stack.package":
      return crashFrame(event)?.package?.split(/[/\\]/).pop() || "<no-package>";
    case "level":
      // Relay defaults a missing level to error before Sentry groups.
      return event.level || "error";
    case "logger":
      return event.logger || "<no-logger>";
    default:
      if (variable.startsWith("tags.")) return tagValue(event, variable.slice("tags.".length));
      return `<unrecognized-variable-${variable}>`;
  }
}

function tagValue(event: GroupingEvent, name: string): string {
  const tags = event.tags;
  const pairs = Array.isArray(tags) ? tags : Object.entries(tags ?? {});
  const match = pairs.find(([key]) => key === name);
  return match?.[1] ?? `<no-value-for-tag-${name}>`;
}
