import { formatLogMessage } from "@/server/grouping/logentry";
import { asRecord, cleanString, sanitizeJson } from "./limits";
import type { JsonObject, LogEntry } from "./types";

/**
 * The event's message in Sentry's one shape, `logentry: {formatted, message?, params?}`, from
 * whichever spelling the SDK used (protocol doc §8): `logentry`, the legacy
 * `sentry.interfaces.Message`, `message` as an object, or `message` as a plain string (which is
 * the formatted text). With a template and params but no `formatted`, the params are applied
 * (`%s` and `{0}` styles) as Relay does.
 */
export function eventLogEntry(event: JsonObject): LogEntry | undefined {
  const plain = typeof event.message === "string" ? event.message : undefined;
  const entry =
    asRecord(event.logentry) ??
    asRecord(event["sentry.interfaces.Message"]) ??
    asRecord(event.message);

  if (entry === undefined) return fromText(plain);

  const template = typeof entry.message === "string" ? entry.message : undefined;
  const params = Array.isArray(entry.params) ? entry.params : undefined;
  const formatted =
    typeof entry.formatted === "string"
      ? entry.formatted
      : template !== undefined && params !== undefined && params.length > 0
        ? formatLogMessage(template, params)
        : (template ?? plain);
  if (formatted === undefined || formatted.trim() === "") return fromText(plain);

  const result: LogEntry = { formatted: cleanString(formatted) };
  if (template !== undefined && template !== formatted) result.message = cleanString(template);
  if (params !== undefined && params.length > 0) result.params = sanitizeJson(params) as unknown[];
  return result;
}

function fromText(text: string | undefined): LogEntry | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  return { formatted: cleanString(text) };
}
