import { cleanString, optionalString } from "./limits";
import type { Level } from "./types";

/** Scalar event fields: defaults and validity as Relay applies them (protocol doc §8). */

const LEVELS = new Set<Level>(["fatal", "error", "warning", "info", "debug"]);
const LEVEL_ALIASES: Record<string, Level> = {
  warn: "warning",
  critical: "fatal",
  log: "info",
  trace: "debug",
};
/** Python's logging levels arrive as numbers from some integrations. */
const NUMERIC_LEVELS: Record<number, Level> = {
  10: "debug",
  20: "info",
  30: "warning",
  40: "error",
  50: "fatal",
};

export function eventLevel(value: unknown): Level {
  if (typeof value === "number") return NUMERIC_LEVELS[value] ?? "error";
  if (typeof value !== "string") return "error";
  const level = value.trim().toLowerCase();
  if (LEVELS.has(level as Level)) return level as Level;
  return LEVEL_ALIASES[level] ?? "error";
}

export function eventPlatform(value: unknown): string {
  if (typeof value !== "string") return "other";
  const platform = value.trim().toLowerCase();
  return /^[a-z0-9_.-]{1,64}$/.test(platform) ? platform : "other";
}

/** Relay refuses environments with slashes or line breaks and longer than 64 characters. */
export function eventEnvironment(value: unknown): string {
  const environment = optionalString(value);
  if (environment === undefined || environment.length > 64) return "production";
  return /[/\r\n\t]/.test(environment) ? "production" : environment;
}

const INVALID_RELEASES = new Set([".", "..", "latest"]);

/** Sentry's release rules: ≤ 200 characters, no line breaks or tabs, not `.`, `..` or `latest`. */
export function eventRelease(value: unknown): string | undefined {
  const release = optionalString(value);
  if (release === undefined || release.length > 200) return undefined;
  if (/[\r\n\t]/.test(release) || INVALID_RELEASES.has(release)) return undefined;
  return release;
}

/** Short identifying strings (logger, server name, dist…): one line, capped. */
export function shortString(value: unknown, maxChars: number): string | undefined {
  const text = optionalString(value);
  if (text === undefined) return undefined;
  const oneLine = text.replace(/[\r\n]+/g, " ");
  return oneLine.length > maxChars ? oneLine.slice(0, maxChars) : oneLine;
}

/** Fingerprint entries are strings; numbers and booleans are coerced as Relay does. */
export function eventFingerprint(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.flatMap((entry) =>
    typeof entry === "string"
      ? [cleanString(entry)]
      : typeof entry === "number" || typeof entry === "boolean"
        ? [String(entry)]
        : [],
  );
  return entries.length > 0 ? entries : undefined;
}
