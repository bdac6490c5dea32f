/** Event time as Relay settles it (protocol doc §8): parse either spelling, undo clock drift, no future. */

/** Relay's MINIMUM_CLOCK_DRIFT: smaller skews are network delay, not a wrong device clock. */
const MINIMUM_CLOCK_DRIFT_SECONDS = 55 * 60;
/** Relay's max_secs_in_future. */
const MAX_SECONDS_IN_FUTURE = 60;

/**
 * Seconds since the epoch from float seconds (JS SDKs) or an RFC 3339 string (most others).
 * A string without a zone is UTC, as Relay reads it. Anything else is undefined.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return undefined;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const millis = Date.parse(zoned.replace(" ", "T"));
  return Number.isNaN(millis) ? undefined : millis / 1000;
}

/**
 * The correction to add to every SDK timestamp of an envelope: `received - sent_at` when the
 * device clock is off by at least Relay's threshold, else 0.
 */
export function clockDriftSeconds(receivedAt: number, sentAt: unknown): number {
  const sent = parseTimestamp(sentAt);
  if (sent === undefined) return 0;
  const drift = receivedAt - sent;
  return Math.abs(drift) >= MINIMUM_CLOCK_DRIFT_SECONDS ? drift : 0;
}

/**
 * The event's time: the SDK's `timestamp` corrected for drift; the receive time when it is
 * missing or lies more than a minute after the receive time (an event cannot come from the future).
 */
export function eventTimestamp(raw: unknown, receivedAt: number, driftSeconds: number): number {
  const parsed = parseTimestamp(raw);
  if (parsed === undefined) return receivedAt;
  const corrected = parsed + driftSeconds;
  return corrected > receivedAt + MAX_SECONDS_IN_FUTURE ? receivedAt : corrected;
}
