/** Data categories SDKs and Relay rate-limit by (protocol doc §7). */
export type DataCategory =
  | "default"
  | "error"
  | "transaction"
  | "span"
  | "security"
  | "attachment"
  | "session"
  | "profile"
  | "profile_chunk"
  | "replay"
  | "feedback"
  | "monitor"
  | "log_item"
  | "trace_metric"
  | "internal";

/**
 * The category an item counts against, as the JS SDK computes it (`envelopeItemTypeToDataCategory`
 * in @sentry/core): a limit only takes effect client-side if it names the category the SDK
 * looks up. That is why `user_report` is `default` (the SDK files it there, it has no category of
 * its own) and `profile_chunk` is `profile`.
 */
const CATEGORY_BY_ITEM_TYPE: Record<string, DataCategory> = {
  event: "error",
  transaction: "transaction",
  span: "span",
  attachment: "attachment",
  session: "session",
  sessions: "session",
  client_report: "internal",
  check_in: "monitor",
  log: "log_item",
  feedback: "feedback",
  user_report: "default",
  profile: "profile",
  profile_chunk: "profile",
  replay_event: "replay",
  replay_recording: "replay",
  replay_video: "replay",
  security: "security",
  raw_security: "security",
  trace_metric: "trace_metric",
  metric: "trace_metric",
};

export function dataCategoryForItemType(itemType: string): DataCategory {
  return CATEGORY_BY_ITEM_TYPE[itemType] ?? "default";
}

export interface RateLimit {
  /** Seconds until the SDK may send again; SDKs parse an integer, so fractions are rounded up. */
  retryAfterSeconds: number;
  /** Empty means every category. */
  categories: readonly DataCategory[];
  scope: "organization" | "project" | "key";
  /** Free text such as `quota_exceeded`; SDKs ignore it. */
  reasonCode?: string;
}

/**
 * The `X-Sentry-Rate-Limits` value: `retry_after:categories:scope:reason_code` per limit,
 * categories `;`-joined, limits joined by `", "` (SDKs split on `,` and `parseInt` the
 * seconds, which skips the leading space).
 */
export function rateLimitsHeader(limits: readonly RateLimit[]): string {
  return limits.map(formatLimit).join(", ");
}

/** `Retry-After` for a 429 carrying these limits: the longest wait. */
export function retryAfterHeader(limits: readonly RateLimit[]): string {
  const longest = Math.max(0, ...limits.map((limit) => wholeSeconds(limit.retryAfterSeconds)));
  return String(longest);
}

function formatLimit(limit: RateLimit): string {
  const categories = [...new Set(limit.categories)].join(";");
  const reason = sanitize(limit.reasonCode ?? "");
  return `${wholeSeconds(limit.retryAfterSeconds)}:${categories}:${limit.scope}:${reason}`;
}

function wholeSeconds(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds <= 0) return 0;
  return Math.ceil(seconds);
}

/** `:` and `,` are the header's own separators, so they cannot appear inside a reason code. */
function sanitize(reason: string): string {
  return reason.replace(/[:,;\s]+/g, "_");
}
