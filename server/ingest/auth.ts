import { canonicalProjectId, parseDsn } from "./dsn";

export { formatDsn, parseDsn, type Dsn, type DsnParseResult } from "./dsn";

/** Node's `IncomingHttpHeaders`, a fetch `Headers`, or any lower- or mixed-case record. */
export type HeaderBag = Headers | Record<string, string | string[] | undefined>;
/** A `URLSearchParams` or a parsed query record. */
export type QueryBag = URLSearchParams | Record<string, string | string[] | undefined>;

export interface ProjectKeyRequest {
  headers: HeaderBag;
  query?: QueryBag;
  /** The `dsn` field of the envelope header, when the body is an envelope that has one. */
  envelopeDsn?: unknown;
  /** `{projectId}` from `/api/{projectId}/envelope/`. */
  pathProjectId: string;
}

export type ProjectKeyResult =
  | { ok: true; publicKey: string; client?: string }
  | { ok: false; status: 400 | 401 | 403; reason: string };

export interface SentryAuth {
  key?: string;
  secret?: string;
  version?: string;
  client?: string;
}

/**
 * Finds the project's public key in the places SDKs put it (protocol doc §2): `X-Sentry-Auth`,
 * `Authorization: Sentry …`, the `sentry_key` query parameter (what the JS SDKs use), and the
 * envelope header `dsn`. Whether the key exists and belongs to the project is for the caller.
 */
export function projectKeyFromRequest(request: ProjectKeyRequest): ProjectKeyResult {
  if (!/^\d+$/.test(request.pathProjectId)) return fail(400, "invalid project id in URL");

  const sentryHeader = headerValue(request.headers, "x-sentry-auth");
  const authorization = headerValue(request.headers, "authorization");
  const sentryAuthorization =
    authorization !== undefined && /^\s*sentry\s/i.test(authorization) ? authorization : undefined;
  // Relay refuses to guess which of two auth headers is meant.
  if (sentryHeader !== undefined && sentryAuthorization !== undefined) {
    return fail(400, "multiple authorization headers");
  }

  const keys: string[] = [];
  let client: string | undefined;

  const headerText = sentryHeader ?? sentryAuthorization;
  if (headerText !== undefined) {
    const auth = parseSentryAuth(headerText);
    if (auth?.key === undefined) return fail(401, "auth header has no sentry_key");
    keys.push(auth.key);
    client = auth.client;
  }

  for (const key of queryValues(request.query, "sentry_key")) keys.push(key);
  client ??= queryValues(request.query, "sentry_client")[0];

  if (request.envelopeDsn !== undefined) {
    if (typeof request.envelopeDsn !== "string") return fail(400, "envelope dsn is not a string");
    const parsed = parseDsn(request.envelopeDsn);
    if (!parsed.ok) return fail(400, `envelope dsn: ${parsed.reason}`);
    if (parsed.dsn.projectId !== canonicalProjectId(request.pathProjectId)) {
      return fail(403, "envelope dsn is for another project");
    }
    keys.push(parsed.dsn.publicKey);
  }

  const [publicKey, ...others] = keys;
  if (publicKey === undefined) return fail(401, "missing authorization information");
  if (others.some((key) => key !== publicKey)) return fail(400, "conflicting public keys");
  return client === undefined ? { ok: true, publicKey } : { ok: true, publicKey, client };
}

/**
 * Parses `Sentry sentry_version=7, sentry_client=…, sentry_key=…`. The `Sentry` prefix is
 * case-insensitive, pairs are comma-separated with optional whitespace, and like Relay we also
 * accept the keys without their `sentry_` prefix. Returns undefined without the prefix.
 */
export function parseSentryAuth(header: string): SentryAuth | undefined {
  const match = /^\s*sentry\s+(.*)$/is.exec(header);
  if (match === null) return undefined;
  const auth: SentryAuth = {};
  for (const pair of (match[1] ?? "").split(",")) {
    const equals = pair.indexOf("=");
    if (equals === -1) continue;
    const name = pair
      .slice(0, equals)
      .trim()
      .toLowerCase()
      .replace(/^sentry_/, "");
    const value = pair.slice(equals + 1).trim();
    if (value === "") continue;
    if (name === "key" || name === "secret" || name === "version" || name === "client")
      auth[name] = value;
  }
  return auth;
}

function headerValue(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return undefined;
}

function queryValues(query: QueryBag | undefined, name: string): string[] {
  if (query === undefined) return [];
  const values = query instanceof URLSearchParams ? query.getAll(name) : [query[name] ?? []].flat();
  return values.filter((value) => value !== "");
}

function fail(status: 400 | 401 | 403, reason: string): ProjectKeyResult {
  return { ok: false, status, reason };
}
