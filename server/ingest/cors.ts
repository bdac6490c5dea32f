/**
 * CORS for the ingest endpoints, following Relay's policy (protocol doc §3). The browser SDK's
 * `text/plain` POST is a simple request with no preflight, yet its response still needs these
 * headers: without `Access-Control-Allow-Origin` and the exposed rate-limit headers the browser
 * hides the status and `X-Sentry-Rate-Limits` from the SDK, and client-side backoff never engages.
 */

const ALLOWED_REQUEST_HEADERS = [
  "x-sentry-auth",
  "x-requested-with",
  "x-forwarded-for",
  "origin",
  "referer",
  "accept",
  "content-type",
  "authentication",
  "authorization",
  "content-encoding",
  "transfer-encoding",
].join(", ");

const EXPOSED_RESPONSE_HEADERS = "x-sentry-error, x-sentry-rate-limits, retry-after";

export interface CorsDecision {
  allowed: boolean;
  /** Shared between requests: copy before changing. */
  headers: Readonly<Record<string, string>>;
}

const COMMON = {
  "Access-Control-Allow-Methods": "POST",
  "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS,
  "Access-Control-Expose-Headers": EXPOSED_RESPONSE_HEADERS,
  "Access-Control-Max-Age": "3600",
};

/** The answer for server SDKs and projects open to any origin: built once, not per request. */
const ANY_ORIGIN: CorsDecision = Object.freeze({
  allowed: true,
  headers: Object.freeze({ ...COMMON, "Access-Control-Allow-Origin": "*" }),
});

/**
 * Response headers for a request carrying `origin` (undefined for server SDKs, which send none),
 * given the project's allowed origins: `["*"]` (the default), exact origins like
 * `https://shop.example.com:8443`, bare hosts like `example.com`, or wildcards like `*.example.com`
 * (which, as in Sentry, also admits `example.com` itself).
 */
export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[] = ["*"],
): CorsDecision {
  // Only browsers send Origin; everything else is not subject to the origin allowlist.
  if (origin === undefined || origin === "" || allowedOrigins.includes("*")) return ANY_ORIGIN;
  if (!isOriginAllowed(origin, allowedOrigins)) {
    return { allowed: false, headers: { ...COMMON, Vary: "Origin" } };
  }
  return {
    allowed: true,
    headers: { ...COMMON, "Access-Control-Allow-Origin": origin, Vary: "Origin" },
  };
}

export function isOriginAllowed(origin: string, allowedOrigins: readonly string[]): boolean {
  if (allowedOrigins.includes("*")) return true;
  const parsed = parseOrigin(origin);
  if (parsed === undefined) return false;
  return allowedOrigins.some((pattern) => matchesPattern(parsed, pattern.trim().toLowerCase()));
}

interface ParsedOrigin {
  /** scheme://host[:port], lowercased, default ports dropped. */
  origin: string;
  hostname: string;
}

function parseOrigin(origin: string): ParsedOrigin | undefined {
  // "null" (sandboxed iframes, file://) has no host to match, so only "*" admits it.
  if (origin === "null") return undefined;
  try {
    const url = new URL(origin);
    return { origin: url.origin.toLowerCase(), hostname: url.hostname.toLowerCase() };
  } catch {
    return undefined;
  }
}

function matchesPattern(origin: ParsedOrigin, pattern: string): boolean {
  if (pattern === "") return false;
  if (pattern.startsWith("*.")) {
    const domain = pattern.slice(2);
    return origin.hostname === domain || origin.hostname.endsWith(`.${domain}`);
  }
  if (pattern.includes("://")) {
    const allowed = parseOrigin(pattern.replace(/\/+$/, ""));
    return allowed !== undefined && allowed.origin === origin.origin;
  }
  return origin.hostname === pattern;
}
