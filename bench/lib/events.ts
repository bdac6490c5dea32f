import { randomBytes } from "node:crypto";
import { PreserializedEvent } from "@/server/http/ingest/eventJob";

/**
 * Synthetic but realistic Node error events: a cause chain with in-app and library frames, tags,
 * users, releases, environments, breadcrumbs, padded to a target size with application log lines
 * in `extra`. Events of one issue share their in-app stack (so grouping puts them together); a
 * new issue gets a stack of its own.
 */
const RELEASES = ["web@1.4.0", "web@1.4.1", "web@1.5.0", "web@1.5.1", "web@2.0.0"];
const ENVIRONMENTS = ["production", "staging", "development"];
const REGIONS = ["eu-west-1", "us-east-1", "ap-south-1"];
const ROUTES = ["/checkout", "/orders/:id", "/cart", "/login", "/api/items"];

export const EXISTING_ISSUES = 200;

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function frames(signature: string, n: number) {
  const library = [
    {
      filename: "node:internal/process/task_queues",
      function: "process.processTicksAndRejections",
      lineno: 95,
      colno: 5,
      in_app: false,
    },
    {
      filename: "/app/node_modules/express/lib/router/layer.js",
      module: "express.lib.router:layer",
      function: "Layer.handle [as handle_request]",
      lineno: 95,
      colno: 5,
      in_app: false,
    },
  ];
  const inApp = [1, 2, 3].map((depth) => ({
    filename: `/app/src/${signature}/step${depth}.js`,
    module: `src.${signature}:step${depth}`,
    function: `${signature}Step${depth}`,
    lineno: 10 + depth * 7 + (n % 5),
    colno: 11,
    in_app: true,
    pre_context: ["  const order = await loadOrder(id);", "  if (!order) {"],
    context_line: `    throw new TypeError(\`${signature} failed for order \${id}\`);`,
    post_context: ["  }", "  return order;"],
  }));
  return [...library, ...inApp];
}

/**
 * Log lines to pad events with: varied ids and timings, so that a padded event compresses about
 * as well as real event text does (deflate ~3–4× for the whole event), not to almost nothing as
 * the run of one character that padded them before did.
 */
const LOG_LINES = Array.from({ length: 2_048 }, (_, i) => {
  const id = randomBytes(8).toString("hex");
  const method = pick(["GET", "POST", "PUT", "DELETE"], i);
  return `${method} ${pick(ROUTES, i >> 2)} user=user-${(i * 7919) % 5_000} req=${id} status=${200 + (i % 7) * 50} took=${(i * 37) % 900}ms region=${pick(REGIONS, i >> 3)}`;
});

/**
 * Runs of log lines with their JSON text written once: padding a 50 KB event line by line cost
 * the bench (0.27 ms) more CPU than the worker spends preparing a 5–10 KB event (~0.15 ms).
 */
const LOG_RUNS = Array.from({ length: 1_024 }, (_, run) => {
  const lines = Array.from(
    { length: 12 },
    (_, i) => LOG_LINES[(run * 7 + i * 131) % LOG_LINES.length] as string,
  );
  return { lines, json: lines.map((line) => `"${line}"`).join(",") };
});

/** About `bytes` of a JSON array of log lines, picked pseudo-randomly by the event's number. */
function logLines(n: number, bytes: number): { lines: string[]; json: string } {
  const lines: string[] = [];
  const parts: string[] = [];
  let state = (n * 2_654_435_761) >>> 0;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
  let size = 2;
  for (;;) {
    const run = LOG_RUNS[next() % LOG_RUNS.length];
    if (run === undefined || size + run.json.length + 1 > bytes) break;
    lines.push(...run.lines);
    parts.push(run.json);
    size += run.json.length + 1;
  }
  for (;;) {
    const line = LOG_LINES[next() % LOG_LINES.length] as string;
    if (size + line.length + 3 > bytes) break;
    lines.push(line);
    parts.push(`"${line}"`);
    size += line.length + 3;
  }
  return { lines, json: `[${parts.join(",")}]` };
}

export interface BenchPayload {
  eventId: string;
  payload: Record<string, unknown>;
  /** `payload` as JSON, written once, as an SDK sends it. */
  json: string;
}

/** `issue` in [0, EXISTING_ISSUES) reuses that issue's stack; null makes a new issue. */
export function benchPayload(n: number, issue: number | null, targetBytes: number): BenchPayload {
  const signature = issue === null ? `fresh${randomBytes(6).toString("hex")}` : `known${issue}`;
  const eventId = randomBytes(16).toString("hex");
  const now = new Date();
  const payload: Record<string, unknown> = {
    event_id: eventId,
    timestamp: now.getTime() / 1000,
    platform: "node",
    level: n % 10 === 0 ? "warning" : "error",
    release: pick(RELEASES, n >> 3),
    environment: pick(ENVIRONMENTS, n % 7 === 0 ? 1 : n % 11 === 0 ? 2 : 0),
    server_name: `web-${n % 4}`,
    tags: {
      region: pick(REGIONS, n),
      route: pick(ROUTES, n >> 2),
      tier: n % 3 === 0 ? "pro" : "free",
    },
    user: { id: `user-${(n * 7919) % 5_000}`, email: `user${(n * 7919) % 5_000}@example.com` },
    exception: {
      values: [
        {
          type: "Error",
          value: "connect ECONNREFUSED 10.0.0.5:5432",
          mechanism: { type: "generic", handled: true },
        },
        {
          type: "TypeError",
          value: `${signature} failed for order ${n}`,
          mechanism: { type: "generic", handled: true },
          stacktrace: { frames: frames(signature, n) },
        },
      ],
    },
    breadcrumbs: {
      values: Array.from({ length: 8 }, (_, i) => ({
        timestamp: now.getTime() / 1000 - (8 - i),
        category: i % 2 === 0 ? "http" : "console",
        level: "info",
        message: `GET ${pick(ROUTES, n + i)} -> 200`,
      })),
    },
    contexts: { runtime: { name: "node", version: "v20.20.2" }, os: { name: "Linux" } },
    sdk: { name: "sentry.javascript.node", version: "11.12.0" },
  };
  const base = JSON.stringify(payload);
  const padding = logLines(n, targetBytes - base.length - 25);
  payload.extra = { recentLog: padding.lines };
  // The lines hold no character JSON escapes, so the padding is written without a second stringify.
  const json = `${base.slice(0, -1)},"extra":{"recentLog":${padding.json}}}`;
  return { eventId, payload, json };
}

/** A job's event as the edge queues it: request facts around the payload's own JSON text. */
export function benchEvent(
  projectId: number,
  n: number,
  issue: number | null,
  targetBytes: number,
): PreserializedEvent {
  const { eventId, payload, json } = benchPayload(n, issue, targetBytes);
  return new PreserializedEvent(
    projectId,
    eventId,
    new Date().toISOString(),
    "203.0.113.7",
    null,
    payload,
    json,
  );
}

/** The n-th of a run: 70 % into one of the existing issues, 30 % a new issue. */
export function mixedEvent(projectId: number, n: number, minBytes: number, maxBytes: number) {
  const size = minBytes + ((n * 2_654_435_761) % (maxBytes - minBytes + 1));
  const known = n % 10 < 7;
  return benchEvent(projectId, n, known ? (n * 31) % EXISTING_ISSUES : null, size);
}
