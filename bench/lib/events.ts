import { randomBytes } from "node:crypto";
import type { IngestedEvent } from "@/server/processing/types";

/**
 * Synthetic but realistic Node error events: a cause chain with in-app and library frames, tags,
 * users, releases, environments, breadcrumbs, padded to a target size. Events of one issue share
 * their in-app stack (so grouping puts them together); a new issue gets a stack of its own.
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

/** `issue` in [0, EXISTING_ISSUES) reuses that issue's stack; null makes a new issue. */
export function benchEvent(
  projectId: number,
  n: number,
  issue: number | null,
  targetBytes: number,
): IngestedEvent {
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
  const base = JSON.stringify(payload).length;
  payload.extra = { requestBody: "x".repeat(Math.max(0, targetBytes - base - 40)) };
  return {
    projectId,
    eventId,
    receivedAt: now.toISOString(),
    clientIp: "203.0.113.7",
    sentAt: null,
    payload,
  };
}

/** The n-th of a run: 70 % into one of the existing issues, 30 % a new issue. */
export function mixedEvent(projectId: number, n: number, minBytes: number, maxBytes: number) {
  const size = minBytes + ((n * 2_654_435_761) % (maxBytes - minBytes + 1));
  const known = n % 10 < 7;
  return benchEvent(projectId, n, known ? (n * 31) % EXISTING_ISSUES : null, size);
}
