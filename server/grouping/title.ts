import { crashFrame, crashStackFrames } from "./crashFrame";
import { isJavaScriptFamily } from "./platform";
import type { GroupingEvent, GroupingException, GroupingFrame } from "./types";

/** What the issue list shows, computed the way Sentry does (docs/grouping.md, "Title and culprit"). */

const MAX_TITLE_VALUE_CHARS = 100;
const MAX_CULPRIT_CHARS = 200;
const MAX_METADATA_VALUE_CHARS = 1024;
const NATIVE_PLATFORMS = new Set(["objc", "cocoa", "native", "c", "swift"]);

export interface IssueMetadata {
  type?: string;
  value?: string;
  filename?: string;
  function?: string;
  in_app_frame_mix?: "in-app-only" | "system-only" | "mixed";
}

/**
 * `TypeError: Cannot process order 123` for errors, from the LAST exception (the one thrown; the
 * ones before it are its causes). A synthetic exception without a type is only a stack carrier
 * (Node's captureMessage), so its event is titled by the message. Otherwise the message's first line.
 */
export function issueTitle(event: GroupingEvent): string {
  const thrown = thrownException(event);
  if (thrown !== undefined && (thrown.type || thrown.value)) {
    if (!thrown.type && thrown.mechanism?.synthetic === true) {
      return firstLineTruncated(messageText(event) || thrown.value || "") || "<unknown>";
    }
    const type = thrown.type || "Error";
    const value = firstLineTruncated(thrown.value ?? "");
    return value === "" ? type : `${type}: ${value}`;
  }
  return firstLineTruncated(messageText(event)) || "<unlabeled event>";
}

/**
 * Where it happened: the SDK's own `culprit`, else the event's `transaction` (route or task
 * name), else the crashing frame — `function(module)` for JavaScript, `module in function`
 * elsewhere — else the request URL. Synthetic exceptions get none, as in Sentry: their frame is
 * just the `captureMessage` call site.
 */
export function issueCulprit(event: GroupingEvent): string {
  if (event.culprit) return truncate(event.culprit, MAX_CULPRIT_CHARS);
  if (event.transaction) return truncate(event.transaction, MAX_CULPRIT_CHARS);

  const exceptions = event.exception?.values ?? [];
  if (exceptions.length > 0 && exceptions[exceptions.length - 1]?.mechanism?.synthetic === true)
    return "";
  const stacks =
    exceptions.length > 0
      ? exceptions.map((exception) => exception.stacktrace?.frames ?? [])
      : [event.stacktrace?.frames ?? []];
  const frames = stacks.filter((stack) => stack.length > 0).pop() ?? [];
  const culprit = stackCulprit(frames, event.platform) || event.request?.url || "";
  return truncate(culprit, MAX_CULPRIT_CHARS);
}

export function issueMetadata(event: GroupingEvent): IssueMetadata {
  const metadata: IssueMetadata = {};
  const thrown = thrownException(event);
  if (thrown !== undefined && (thrown.type || thrown.value)) {
    if (thrown.mechanism?.synthetic !== true)
      metadata.type = (thrown.type || "Error").slice(0, 128);
    metadata.value = truncate(thrown.value ?? "", MAX_METADATA_VALUE_CHARS);
    const frame = crashFrame(
      event,
      (candidate) =>
        !!candidate.function &&
        candidate.function !== "<redacted>" &&
        candidate.function !== "<unknown>",
    );
    const filename = frame?.filename || frame?.abs_path;
    if (filename) metadata.filename = filename;
    if (frame?.function) metadata.function = frame.function;
  } else {
    const message = messageText(event);
    if (message) metadata.value = truncate(message, MAX_METADATA_VALUE_CHARS);
  }
  const mix = inAppFrameMix(event);
  if (mix !== undefined) metadata.in_app_frame_mix = mix;
  return metadata;
}

/** True when any exception escaped to a global handler (`mechanism.handled: false`): a crash. */
export function isUnhandled(event: GroupingEvent): boolean {
  return (event.exception?.values ?? []).some(
    (exception) => exception.mechanism?.handled === false,
  );
}

function thrownException(event: GroupingEvent): GroupingException | undefined {
  const values = event.exception?.values ?? [];
  return values[values.length - 1];
}

function messageText(event: GroupingEvent): string {
  return (event.logentry?.formatted || event.logentry?.message || event.message || "").trim();
}

function stackCulprit(frames: readonly GroupingFrame[], platform: string | undefined): string {
  let fallback: string | undefined;
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index];
    if (frame === undefined) continue;
    if (frame.in_app === true) {
      const culprit = frameCulprit(frame, platform);
      if (culprit) return culprit;
    } else {
      fallback ??= frameCulprit(frame, platform);
    }
  }
  return fallback ?? "";
}

function frameCulprit(frame: GroupingFrame, eventPlatform: string | undefined): string {
  const platform = frame.platform ?? eventPlatform;
  if (platform !== undefined && NATIVE_PLATFORMS.has(platform)) return frame.function || "?";
  const location = frame.module || frame.filename;
  if (!location) return "";
  if (isJavaScriptFamily(platform)) return `${frame.function || "?"}(${location})`;
  return `${location} in ${frame.function || "?"}`;
}

function inAppFrameMix(event: GroupingEvent): IssueMetadata["in_app_frame_mix"] {
  const exceptions = event.exception?.values ?? [];
  const frames =
    exceptions.length > 0
      ? exceptions.flatMap((exception) => exception.stacktrace?.frames ?? [])
      : crashStackFrames(event);
  if (frames.length === 0) return undefined;
  const inApp = frames.filter((frame) => frame.in_app === true).length;
  if (inApp === frames.length) return "in-app-only";
  return inApp === 0 ? "system-only" : "mixed";
}

function firstLineTruncated(text: string): string {
  const firstLine = text.split(/\r\n|[\n\r]/).find((line) => line.trim() !== "") ?? "";
  return truncate(firstLine.trim(), MAX_TITLE_VALUE_CHARS);
}

/** Sentry's `truncatechars`: cut at `max` characters (code points) and append an ellipsis. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
