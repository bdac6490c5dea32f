/** A parsed DSN: `{scheme}://{publicKey}[:{secretKey}]@{host}[:{port}]/{prefix/}{projectId}` (protocol doc §1). */
export interface Dsn {
  protocol: "http" | "https";
  publicKey: string;
  /** Legacy; modern SDKs never send it and we never require it. */
  secretKey?: string;
  /** Hostname without port. */
  host: string;
  port?: number;
  /** Path before the project id, without leading or trailing slash ("" when none). */
  pathPrefix: string;
  /** Decimal digits, as in the URL path `/api/{projectId}/envelope/`. */
  projectId: string;
}

export type DsnParseResult = { ok: true; dsn: Dsn } | { ok: false; reason: string };

export function parseDsn(input: string): DsnParseResult {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: "DSN is not a URL" };
  }
  const protocol =
    url.protocol === "https:" ? "https" : url.protocol === "http:" ? "http" : undefined;
  if (protocol === undefined) return { ok: false, reason: "DSN must use http or https" };
  if (url.username === "") return { ok: false, reason: "DSN has no public key" };

  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const projectId = segments.pop();
  if (projectId === undefined || !/^\d+$/.test(projectId)) {
    return { ok: false, reason: "DSN does not end in a numeric project id" };
  }

  const dsn: Dsn = {
    protocol,
    publicKey: decodeUserinfo(url.username),
    host: url.hostname,
    pathPrefix: segments.join("/"),
    projectId: canonicalProjectId(projectId),
  };
  if (url.password !== "") dsn.secretKey = decodeUserinfo(url.password);
  if (url.port !== "") dsn.port = Number(url.port);
  return { ok: true, dsn };
}

/**
 * The DSN users paste into `Sentry.init`. `publicUrl` is where SDKs reach Faultline, optionally
 * with a path prefix when it is served under one (`https://example.com/faultline`).
 */
export function formatDsn({
  publicKey,
  publicUrl,
  projectId,
}: {
  publicKey: string;
  publicUrl: string;
  projectId: string | number;
}): string {
  const url = new URL(publicUrl);
  const prefix = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${encodeURIComponent(publicKey)}@${url.host}${prefix}/${projectId}`;
}

/** "042" and "42" name the same project. */
export function canonicalProjectId(projectId: string): string {
  return projectId.replace(/^0+(?=\d)/, "");
}

function decodeUserinfo(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
