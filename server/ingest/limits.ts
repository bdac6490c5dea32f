import type { Envelope } from "./envelope";

/** Size limits for ingestion (protocol doc §9). Exceeding one is answered 413, which SDKs drop without retrying. */

const KiB = 1024;
const MiB = 1024 * KiB;

/** Request body as received; checked while streaming so a huge upload is cut off early. */
export const MAX_COMPRESSED_BODY_BYTES = 20 * MiB;

/** Envelope after Content-Encoding is undone; the zip-bomb guard (Relay allows 200 MiB, we need far less). */
export const MAX_ENVELOPE_BYTES = 20 * MiB;

/** One event or transaction payload; Relay's default, and far above what real SDK events weigh. */
export const MAX_EVENT_BYTES = 1 * MiB;

/** One span or log container item: same 1 MiB cap as events in Relay. */
export const MAX_SPAN_OR_LOG_BYTES = 1 * MiB;

/** One check-in: a few hundred bytes in practice; Relay caps it at 100 KiB. */
export const MAX_CHECK_IN_BYTES = 100 * KiB;

/** One attachment; ten times Relay's event cap is plenty for config dumps and logs, and bounds storage. */
export const MAX_ATTACHMENT_BYTES = 10 * MiB;

/** One client report: a handful of counters, so anything bigger is not from an SDK (Relay: 4 KiB). */
export const MAX_CLIENT_REPORT_BYTES = 4 * KiB;

/** `session` + `sessions` items per envelope, as in Relay; SDKs batch far fewer. */
export const MAX_SESSIONS_PER_ENVELOPE = 100;

const ITEM_LIMITS: Record<string, number> = {
  event: MAX_EVENT_BYTES,
  transaction: MAX_EVENT_BYTES,
  feedback: MAX_EVENT_BYTES,
  user_report: MAX_EVENT_BYTES,
  span: MAX_SPAN_OR_LOG_BYTES,
  log: MAX_SPAN_OR_LOG_BYTES,
  check_in: MAX_CHECK_IN_BYTES,
  attachment: MAX_ATTACHMENT_BYTES,
  client_report: MAX_CLIENT_REPORT_BYTES,
};

export type LimitCheck = { ok: true } | { ok: false; status: 413; reason: string };

/**
 * Checks every item of an already-decompressed envelope against its per-type limit.
 * Item types without a limit of their own are bounded by MAX_ENVELOPE_BYTES alone.
 */
export function checkEnvelopeLimits(envelope: Envelope): LimitCheck {
  let sessions = 0;
  for (const item of envelope.items) {
    const { type } = item.headers;
    if (type === "session" || type === "sessions") sessions += 1;
    const limit = ITEM_LIMITS[type];
    if (limit !== undefined && item.payload.length > limit) {
      return { ok: false, status: 413, reason: `${type} item exceeds ${limit} bytes` };
    }
  }
  if (sessions > MAX_SESSIONS_PER_ENVELOPE) {
    return {
      ok: false,
      status: 413,
      reason: `more than ${MAX_SESSIONS_PER_ENVELOPE} session items`,
    };
  }
  return { ok: true };
}
