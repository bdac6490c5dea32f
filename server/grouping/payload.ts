import { formatLogMessage } from "./logentry";
import type {
  GroupingEvent,
  GroupingException,
  GroupingFrame,
  GroupingLogEntry,
  GroupingMechanism,
  GroupingStacktrace,
} from "./types";

type JsonRecord = Record<string, unknown>;

/**
 * Reads the grouping-relevant part of any event payload, raw from an SDK or already normalized,
 * without ever throwing: fields of the wrong type are dropped. Accepts the legacy shapes SDKs
 * still send (protocol doc §8): exception as `{values}`, a bare array or a single object;
 * `message` as a string or a `{message, params, formatted}` object; `logentry`; and the
 * `sentry.interfaces.*` aliases.
 */
export function groupingEventFromPayload(payload: unknown): GroupingEvent {
  const event = asRecord(payload);
  if (event === undefined) return {};

  const result: GroupingEvent = {};
  assignString(result, "platform", event.platform);
  assignString(result, "checksum", event.checksum);
  assignString(result, "level", event.level);
  assignString(result, "logger", event.logger);
  assignString(result, "transaction", event.transaction);
  assignString(result, "culprit", event.culprit);

  const exceptions = readExceptions(event.exception ?? event["sentry.interfaces.Exception"]);
  if (exceptions.length > 0) result.exception = { values: exceptions };

  const stacktrace = readStacktrace(event.stacktrace ?? event["sentry.interfaces.Stacktrace"]);
  if (stacktrace !== undefined) result.stacktrace = stacktrace;

  const threads = readThreads(event.threads);
  if (threads !== undefined) result.threads = threads;

  if (typeof event.message === "string") result.message = event.message;
  const logentry = readLogEntry(
    event.logentry ?? event["sentry.interfaces.Message"] ?? asRecord(event.message),
    result.message,
  );
  if (logentry !== undefined) result.logentry = logentry;

  const fingerprint = readFingerprint(event.fingerprint);
  if (fingerprint !== undefined) result.fingerprint = fingerprint;

  const tags = readTags(event.tags);
  if (tags !== undefined) result.tags = tags;

  const url = asRecord(event.request)?.url;
  if (typeof url === "string") result.request = { url };
  return result;
}

function readExceptions(input: unknown): GroupingException[] {
  const record = asRecord(input);
  const list = Array.isArray(input)
    ? input
    : Array.isArray(record?.values)
      ? record.values
      : record
        ? [record]
        : [];
  return list.flatMap((value) => {
    const exception = asRecord(value);
    if (exception === undefined) return [];
    const result: GroupingException = {};
    assignString(result, "type", exception.type);
    assignString(result, "value", exception.value);
    assignString(result, "module", exception.module);
    const mechanism = readMechanism(exception.mechanism);
    if (mechanism !== undefined) result.mechanism = mechanism;
    const stacktrace = readStacktrace(exception.stacktrace);
    if (stacktrace !== undefined) result.stacktrace = stacktrace;
    return [result];
  });
}

function readMechanism(input: unknown): GroupingMechanism | undefined {
  const mechanism = asRecord(input);
  if (mechanism === undefined) return undefined;
  const result: GroupingMechanism = {};
  assignString(result, "type", mechanism.type);
  if (typeof mechanism.handled === "boolean") result.handled = mechanism.handled;
  if (typeof mechanism.synthetic === "boolean") result.synthetic = mechanism.synthetic;
  return result;
}

function readStacktrace(input: unknown): GroupingStacktrace | undefined {
  const frames = asRecord(input)?.frames;
  if (!Array.isArray(frames)) return undefined;
  const result: GroupingFrame[] = [];
  for (const frame of frames) {
    const read = readFrame(frame);
    if (read !== undefined) result.push(read);
  }
  return { frames: result };
}

const FRAME_STRINGS = [
  "filename",
  "abs_path",
  "module",
  "package",
  "function",
  "raw_function",
  "context_line",
  "platform",
] as const;

function readFrame(input: unknown): GroupingFrame | undefined {
  const frame = asRecord(input);
  if (frame === undefined) return undefined;
  const result: GroupingFrame = {};
  for (const key of FRAME_STRINGS) assignString(result, key, frame[key]);
  if (typeof frame.in_app === "boolean") result.in_app = frame.in_app;
  if (typeof frame.lineno === "number") result.lineno = frame.lineno;
  if (typeof frame.colno === "number") result.colno = frame.colno;
  const data = asRecord(frame.data);
  if (data !== undefined && data.sourcemap !== undefined && data.sourcemap !== null) {
    result.data = { sourcemap: data.sourcemap };
  }
  return result;
}

function readThreads(input: unknown): GroupingEvent["threads"] {
  const record = asRecord(input);
  const list = Array.isArray(input)
    ? input
    : Array.isArray(record?.values)
      ? record.values
      : undefined;
  if (list === undefined) return undefined;
  return {
    values: list.map((thread) => ({ stacktrace: readStacktrace(asRecord(thread)?.stacktrace) })),
  };
}

/** Relay's rule: with params and no `formatted`, format the template; a bare `message` string is the formatted text. */
function readLogEntry(
  input: unknown,
  messageString: string | undefined,
): GroupingLogEntry | undefined {
  const entry = asRecord(input);
  if (entry === undefined)
    return messageString === undefined ? undefined : { formatted: messageString };
  const result: GroupingLogEntry = {};
  assignString(result, "message", entry.message);
  assignString(result, "formatted", entry.formatted);
  if (Array.isArray(entry.params)) result.params = entry.params;
  if (result.formatted === undefined && result.message !== undefined) {
    result.formatted = result.params
      ? formatLogMessage(result.message, result.params)
      : result.message;
  }
  if (result.message === undefined && result.formatted === undefined) {
    return messageString === undefined ? undefined : { formatted: messageString };
  }
  return result;
}

/** Numbers and booleans become strings, like Relay does; anything else is dropped. */
function readFingerprint(input: unknown): string[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const entries = input.flatMap((entry) =>
    typeof entry === "string"
      ? [entry]
      : typeof entry === "number" || typeof entry === "boolean"
        ? [String(entry)]
        : [],
  );
  return entries.length > 0 ? entries : undefined;
}

function readTags(input: unknown): GroupingEvent["tags"] {
  if (Array.isArray(input)) {
    const pairs: Array<[string, string]> = [];
    for (const pair of input) {
      if (!Array.isArray(pair) || typeof pair[0] !== "string") continue;
      const value = tagValue(pair[1]);
      if (value !== undefined) pairs.push([pair[0], value]);
    }
    return pairs.length > 0 ? pairs : undefined;
  }
  const record = asRecord(input);
  if (record === undefined) return undefined;
  const entries = Object.entries(record).flatMap(([key, raw]): Array<[string, string]> => {
    const value = tagValue(raw);
    return value === undefined ? [] : [[key, value]];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function tagValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : undefined;
}

function assignString<T extends object, K extends keyof T & string>(
  target: T,
  key: K,
  value: unknown,
): void {
  if (typeof value === "string") (target as Record<string, unknown>)[key] = value;
}
