import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { projectKeyFromRequest } from "@/server/ingest/auth";
import { corsHeaders } from "@/server/ingest/cors";
import { decompressBody, readBoundedBody } from "@/server/ingest/decompress";
import { parseEnvelope, type Envelope } from "@/server/ingest/envelope";
import { classifyEnvelopeItems, type ClassifiedItem } from "@/server/ingest/items";
import {
  MAX_COMPRESSED_BODY_BYTES,
  MAX_ENVELOPE_BYTES,
  MAX_EVENT_BYTES,
  checkEnvelopeLimits,
} from "@/server/ingest/limits";
import {
  rateLimitsHeader,
  retryAfterHeader,
  type RateLimit,
} from "@/server/ingest/rateLimitHeader";
import { parseStoreBody } from "@/server/ingest/storeBody";
import { clientAddress, type TrustedProxies } from "@/server/ingest/trustedProxies";
import type { IngestedEvent } from "@/server/processing/types";
import type { ItemsJobPayload } from "@/server/queue/events";
import type { CachedProjectKey } from "@/server/services/projectKeyCache";
import { pathnameOf } from "../router";
import { PreserializedEvent } from "./eventJob";
import { itemsJob } from "./itemJobs";
import { ok, refuse, send, type IngestResponse } from "./response";

export interface IngestDeps {
  findKey(publicKey: string): Promise<CachedProjectKey | null>;
  /** Resolves once the event is durable in the queue. */
  enqueueEvent(event: IngestedEvent): Promise<void>;
  /** Sessions, outcomes, attachments and feedback of one envelope; durable when it resolves. */
  enqueueItems?(items: ItemsJobPayload): Promise<void>;
  /** Items accepted but not (yet) persisted: transactions, spans, sessions… */
  countItem?(projectId: number, item: ClassifiedItem): void;
  /** Global backpressure: a limit while the processing backlog is over its bound. */
  backlogLimit?(): Promise<RateLimit | null>;
  /** The key's own quota, charged with this request's events. */
  keyQuota?(key: CachedProjectKey, events: number): Promise<RateLimit | null>;
  /** Whose X-Forwarded-For is believed (TRUSTED_PROXIES); without it, nobody's. */
  trustedProxies?: TrustedProxies;
}

const NO_PROXIES: TrustedProxies = { trusts: () => false };

/** `/api/<projectId>/envelope/` and `/api/<projectId>/store/`, with or without the slash. */
export const INGEST_PATH = /^\/api\/([^/]+)\/(envelope|store)\/?$/;

type Endpoint = "envelope" | "store";

/**
 * The ingest edge (docs/architecture.md, "Ingest edge"): bounded read → decompress → parse →
 * authenticate through the key cache → classify → enqueue events → 200 `{"id"}`. Every refusal
 * is a 4xx with a one-line reason; only our own failures (Redis down) are 5xx.
 */
export function createIngestHandler(deps: IngestDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = req.url ?? "/";
    const pathname = pathnameOf(target);
    const match = INGEST_PATH.exec(pathname);
    const anyOrigin = corsHeaders(headerText(req.headers.origin)).headers;
    if (match === null) {
      send(res, refuse(404, "not found"), anyOrigin);
      return;
    }
    if (req.method === "OPTIONS") {
      // Preflights carry no credentials to look a project up by; the POST itself enforces origins.
      res.writeHead(200, { ...anyOrigin, "Content-Length": "0" });
      res.end();
      return;
    }
    const [, pathProjectId = "", endpoint] = match;
    const query = new URLSearchParams(target.slice(pathname.length + 1));
    const outcome = await ingest(req, query, pathProjectId, endpoint as Endpoint, deps);
    send(res, outcome.response, outcome.cors ?? anyOrigin);
  };
}

interface Outcome {
  response: IngestResponse;
  /** Set once the project is known; otherwise any origin may read the refusal. */
  cors?: Readonly<Record<string, string>>;
}

async function ingest(
  req: IncomingMessage,
  query: URLSearchParams,
  pathProjectId: string,
  endpoint: Endpoint,
  deps: IngestDeps,
): Promise<Outcome> {
  const receivedAt = new Date();
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > MAX_COMPRESSED_BODY_BYTES) {
    return { response: tooLarge(`request body exceeds ${MAX_COMPRESSED_BODY_BYTES} bytes`) };
  }
  const read = await readBoundedBody(req, MAX_COMPRESSED_BODY_BYTES);
  if (!read.ok)
    return { response: read.status === 413 ? tooLarge(read.reason) : refuse(400, read.reason) };

  const decoded = await decompressBody(
    read.body,
    headerText(req.headers["content-encoding"]),
    MAX_ENVELOPE_BYTES,
  );
  if (!decoded.ok) {
    return {
      response:
        decoded.status === 413 ? tooLarge(decoded.reason) : refuse(decoded.status, decoded.reason),
    };
  }

  const parsed = await parseBody(decoded.body, endpoint);
  if (!parsed.ok)
    return {
      response: parsed.status === 413 ? tooLarge(parsed.reason) : refuse(400, parsed.reason),
    };
  const { envelope } = parsed;
  const limits = checkEnvelopeLimits(envelope);
  if (!limits.ok) return { response: tooLarge(limits.reason) };

  const credentials = projectKeyFromRequest({
    headers: req.headers,
    query,
    envelopeDsn: envelope.headers.dsn,
    pathProjectId,
  });
  if (!credentials.ok) return { response: refuse(credentials.status, credentials.reason) };
  const key = await deps.findKey(credentials.publicKey);
  if (key === null) return { response: refuse(401, "unknown public key") };
  if (!key.isActive) return { response: refuse(403, "project key is disabled") };
  if (String(key.projectId) !== String(Number(pathProjectId))) {
    return { response: refuse(403, "project key does not belong to this project") };
  }

  const cors = corsHeaders(headerText(req.headers.origin), key.allowedOrigins);
  if (!cors.allowed) return { response: refuse(403, "origin not allowed"), cors: cors.headers };

  const classified = classifyEnvelopeItems(envelope);
  if (!classified.ok) return { response: refuse(400, classified.reason), cors: cors.headers };

  const events = classified.items.filter((item) => item.kind === "event").length;
  const limit = (await deps.backlogLimit?.()) ?? (await deps.keyQuota?.(key, events)) ?? null;
  if (limit !== null) return { response: rateLimited(limit), cors: cors.headers };

  let eventId =
    typeof envelope.headers.event_id === "string" ? undashed(envelope.headers.event_id) : undefined;
  for (const item of classified.items) {
    if (item.kind !== "event") {
      deps.countItem?.(key.projectId, item);
      continue;
    }
    const id = item.eventId ?? randomUUID().replaceAll("-", "");
    eventId = id;
    await deps.enqueueEvent(
      new PreserializedEvent(
        key.projectId,
        id,
        receivedAt.toISOString(),
        clientAddress(
          req.socket.remoteAddress,
          headerText(req.headers["x-forwarded-for"]),
          deps.trustedProxies ?? NO_PROXIES,
        ),
        typeof envelope.headers.sent_at === "string" ? envelope.headers.sent_at : null,
        item.event,
        item.json,
      ),
    );
  }
  const others = itemsJob(key.projectId, classified.items, envelope.headers, receivedAt);
  if (others !== null) await deps.enqueueItems?.(others);
  return { response: ok(eventId === undefined ? {} : { id: eventId }), cors: cors.headers };
}

async function parseBody(
  body: Buffer,
  endpoint: Endpoint,
): Promise<{ ok: true; envelope: Envelope } | { ok: false; status: 400 | 413; reason: string }> {
  if (endpoint === "store") return parseStoreBody(body, MAX_EVENT_BYTES);
  const parsed = parseEnvelope(body);
  return parsed.ok ? parsed : { ok: false, status: 400, reason: parsed.reason };
}

/** Both headers, in the format the SDKs parse to back off (protocol doc §7). */
function rateLimited(limit: RateLimit): IngestResponse {
  return refuse(429, `rate limited (${limit.reasonCode ?? limit.scope})`, {
    "Retry-After": retryAfterHeader([limit]),
    "X-Sentry-Rate-Limits": rateLimitsHeader([limit]),
  });
}

/** The body may be unread: ask the client to close, so its leftover bytes are not a next request. */
function tooLarge(reason: string): IngestResponse {
  return refuse(413, reason, { Connection: "close" });
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

function undashed(id: string): string | undefined {
  const hex = id.replaceAll("-", "").toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : undefined;
}
