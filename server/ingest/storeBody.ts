import { decompressBody } from "./decompress";
import type { Envelope } from "./envelope";

export type StoreBodyResult =
  { ok: true; envelope: Envelope } | { ok: false; status: 400 | 413; reason: string };

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Turns a legacy `/store/` body into the envelope shape `/envelope/` produces: one `event` item,
 * or one `transaction` item when the JSON says `"type":"transaction"` (protocol doc §3).
 *
 * Async because very old SDKs (raven) send the event zlib-compressed and base64-encoded, and that
 * inflate has to go through the bounded, thread-pool `decompressBody` like any request body.
 * Call it after `Content-Encoding` has been undone.
 */
export async function parseStoreBody(buf: Buffer, maxBytes: number): Promise<StoreBodyResult> {
  const text = buf.toString("utf8").trim();
  if (text.startsWith("{")) return storeEnvelope(Buffer.from(text, "utf8"));

  const compact = text.replace(/\s+/g, "");
  if (compact.length === 0 || !BASE64.test(compact)) {
    return { ok: false, status: 400, reason: "store body is neither JSON nor base64" };
  }
  const inflated = await decompressBody(Buffer.from(compact, "base64"), "deflate", maxBytes);
  if (!inflated.ok) {
    const status = inflated.status === 413 ? 413 : 400;
    return { ok: false, status, reason: `store body: ${inflated.reason}` };
  }
  return storeEnvelope(inflated.body);
}

function storeEnvelope(json: Buffer): StoreBodyResult {
  let event: unknown;
  try {
    event = JSON.parse(json.toString("utf8"));
  } catch {
    return { ok: false, status: 400, reason: "store body is not valid JSON" };
  }
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    return { ok: false, status: 400, reason: "store body is not a JSON object" };
  }
  const { type, event_id: eventId } = event as Record<string, unknown>;
  const itemType = type === "transaction" ? "transaction" : "event";
  return {
    ok: true,
    envelope: {
      headers: typeof eventId === "string" ? { event_id: eventId } : {},
      items: [{ headers: { type: itemType }, payload: json }],
    },
  };
}
