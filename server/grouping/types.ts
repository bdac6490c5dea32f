/**
 * The part of an event that grouping and titles read. Field names follow the Sentry event payload
 * (protocol doc §8), so an already-normalized event is structurally a `GroupingEvent`; raw SDK
 * payloads go through `groupingEventFromPayload` first.
 */

export interface GroupingFrame {
  filename?: string;
  abs_path?: string;
  module?: string;
  package?: string;
  function?: string;
  raw_function?: string;
  context_line?: string;
  in_app?: boolean;
  lineno?: number;
  colno?: number;
  /** Frames can carry their own platform (mixed JS/native stacks). */
  platform?: string;
  /** `data.sourcemap` is set when a source map was applied to the frame. */
  data?: { sourcemap?: unknown };
}

export interface GroupingStacktrace {
  /** Oldest call first, crashing frame last. */
  frames: GroupingFrame[];
}

export interface GroupingMechanism {
  type?: string;
  handled?: boolean;
  synthetic?: boolean;
}

export interface GroupingException {
  type?: string;
  value?: string;
  module?: string;
  mechanism?: GroupingMechanism;
  stacktrace?: GroupingStacktrace;
}

export interface GroupingLogEntry {
  /** The template, e.g. `Order %s failed`. */
  message?: string;
  /** The template with params applied. */
  formatted?: string;
  params?: unknown[];
}

export interface GroupingEvent {
  platform?: string;
  /** Innermost/cause first; the exception actually thrown is LAST. */
  exception?: { values: GroupingException[] };
  /** Event-level stack (e.g. `attachStacktrace` on messages in non-JS SDKs). */
  stacktrace?: GroupingStacktrace;
  threads?: { values: Array<{ stacktrace?: GroupingStacktrace }> };
  logentry?: GroupingLogEntry;
  message?: string;
  fingerprint?: string[];
  checksum?: string;
  level?: string;
  logger?: string;
  transaction?: string;
  /** A culprit set by the SDK (legacy); wins over the computed one. */
  culprit?: string;
  tags?: Record<string, string> | Array<[string, string]>;
  request?: { url?: string };
}

export type GroupingVariant =
  "custom-fingerprint" | "salted" | "app" | "system" | "message" | "checksum" | "fallback";

export interface GroupingHash {
  /** 32 lowercase hex digits. */
  hash: string;
  variant: GroupingVariant;
  /**
   * The contributing values, in order. For every variant but `checksum`,
   * `hash === md5(values.join(""))`, so a stored hash can always be explained and re-checked.
   */
  values: string[];
}

/**
 * The primary hash keys the issue. `secondary` is the system-variant hash (all frames) when the
 * primary came from in-app frames and differs; Sentry matches an event to an existing issue by
 * either, so storing both lets an issue survive a frame flipping in or out of app.
 */
export interface GroupingResult extends GroupingHash {
  secondary?: GroupingHash;
}
