/**
 * Pure decisions of the launcher: which PostgreSQL and Redis to use, which URL to print, which
 * environment the web and worker processes get. No I/O here, so it is unit-tested directly.
 */

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
export const LOCAL_REDIS_PORT = 6380;
export const EMBEDDED_POSTGRES_PORT = 5433;
export const EMBEDDED_DATABASE = "faultline";

type Source = Record<string, string | undefined>;

function setting(source: Source, name: string): string | undefined {
  const value = source[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

export type PostgresPlan = { kind: "external"; url: string } | { kind: "embedded" };

/** A set DATABASE_URL is used as is (and must answer); unset means the embedded server. */
export function postgresPlan(source: Source): PostgresPlan {
  const url = setting(source, "DATABASE_URL");
  return url === undefined ? { kind: "embedded" } : { kind: "external", url };
}

export type RedisPlan =
  /** REDIS_URL was set: it must answer; never silently switch to another server. */
  | { kind: "configured"; url: string }
  /** Unset: the local default if it answers, else a redis-server of our own under .data/. */
  | { kind: "default"; url: string; fallbackPort: number };

export function redisPlan(source: Source): RedisPlan {
  const url = setting(source, "REDIS_URL");
  if (url !== undefined) return { kind: "configured", url };
  return { kind: "default", url: DEFAULT_REDIS_URL, fallbackPort: LOCAL_REDIS_PORT };
}

export function embeddedDatabaseUrl(
  port: number,
  password: string,
  database = EMBEDDED_DATABASE,
): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/** The same URL with any password replaced, fit for logs and error lines. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** "5433\n" → 5433; anything that is not a TCP port → null. */
export function parsePort(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const port = Number(trimmed);
  return port > 0 && port < 65536 ? port : null;
}

export interface ResolvedServices {
  databaseUrl: string;
  redisUrl: string;
  authSecret: string;
  publicUrl: string;
  port: number;
}

/** What web and worker run with: the caller's environment plus everything the launcher resolved. */
export function childEnvironment(
  source: Source,
  services: ResolvedServices,
): Record<string, string> {
  const base = Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    ...base,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    AUTH_SECRET: services.authSecret,
    PUBLIC_URL: services.publicUrl,
    PORT: String(services.port),
  };
}

/** Where the launcher probes the web process: loopback when it listens on every interface. */
export function localHealthUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const bracketed = reachable.includes(":") ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}/api/health`;
}
