import { duplicateTopLevelKeys } from "./duplicateKeys";

/** First line of an envelope. Unknown keys are kept (protocol doc §5). */
export type EnvelopeHeaders = Record<string, unknown> & {
  event_id?: unknown;
  sent_at?: unknown;
  dsn?: unknown;
  sdk?: unknown;
  trace?: unknown;
};

export type EnvelopeItemHeaders = Record<string, unknown> & {
  type: string;
  /** Payload size in bytes (UTF-8 bytes, not string length); absent means "up to the next newline". */
  length?: number;
};

export interface EnvelopeItem {
  headers: EnvelopeItemHeaders;
  /** A view into the request buffer; copy it if the request buffer is reused. */
  payload: Buffer;
}

export interface Envelope {
  headers: EnvelopeHeaders;
  items: EnvelopeItem[];
}

export type EnvelopeParseResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

const NEWLINE = 0x0a;

/** Item types that each create one event; Sentry allows at most one of each per envelope. */
const ONE_PER_ENVELOPE = new Set(["event", "transaction"]);

/**
 * Parses a Sentry envelope from raw bytes (protocol doc §5). Never throws: malformed input comes
 * back as `{ ok: false, reason }` with a one-line reason suitable for `X-Sentry-Error`.
 */
export function parseEnvelope(buf: Buffer): EnvelopeParseResult {
  if (buf.length === 0) return fail("empty envelope");

  const firstLine = readLine(buf, 0);
  const headers = parseJsonObject(firstLine.line);
  if (!headers.ok) return fail(`envelope header ${headers.reason}`);
  const duplicates = duplicateTopLevelKeys(firstLine.line.toString("utf8"));
  if (duplicates.length > 0) return fail(`envelope header repeats ${duplicates.join(", ")}`);

  const items: EnvelopeItem[] = [];
  const seenTypes = new Set<string>();
  let pos = firstLine.next;

  while (pos < buf.length) {
    const headerLine = readLine(buf, pos);
    // A header on the last line without its newline still leaves room for a zero-length payload.
    pos = Math.min(headerLine.next, buf.length);
    // Blank lines where a header is expected carry nothing; SDKs may end with one or more.
    if (isBlank(headerLine.line)) continue;

    const itemNumber = items.length + 1;
    const itemHeaders = parseItemHeaders(headerLine.line);
    if (!itemHeaders.ok) return fail(`item ${itemNumber}: ${itemHeaders.reason}`);
    const { type, length } = itemHeaders.headers;

    if (ONE_PER_ENVELOPE.has(type) && seenTypes.has(type)) {
      return fail(`more than one ${type} item in envelope`);
    }
    seenTypes.add(type);

    if (length === undefined) {
      // Without a length the payload runs to the next newline, or EOF (JS SDKs omit the final newline).
      const payloadLine = readLine(buf, pos);
      items.push({ headers: itemHeaders.headers, payload: payloadLine.line });
      pos = payloadLine.next;
      continue;
    }

    const end = pos + length;
    if (end > buf.length) {
      return fail(
        `item ${itemNumber} (${type}) truncated: expected ${length} bytes, got ${buf.length - pos}`,
      );
    }
    if (end < buf.length && buf[end] !== NEWLINE) {
      return fail(
        `item ${itemNumber} (${type}) is not followed by a newline after ${length} bytes`,
      );
    }
    items.push({ headers: itemHeaders.headers, payload: buf.subarray(pos, end) });
    pos = end + 1;
  }

  return { ok: true, envelope: { headers: headers.value, items } };
}

const EMPTY = Buffer.alloc(0);

/** The bytes from `start` up to (not including) the next `\n`, and where the following line starts. */
function readLine(buf: Buffer, start: number): { line: Buffer; next: number } {
  if (start >= buf.length) return { line: EMPTY, next: buf.length };
  const newline = buf.indexOf(NEWLINE, start);
  const end = newline === -1 ? buf.length : newline;
  return { line: buf.subarray(start, end), next: end + 1 };
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
}

type JsonObjectResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; reason: string };

function parseJsonObject(line: Buffer): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(line.toString("utf8"));
  } catch {
    return { ok: false, reason: "is not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "is not a JSON object" };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

type ItemHeadersResult = { ok: true; headers: EnvelopeItemHeaders } | { ok: false; reason: string };

function parseItemHeaders(line: Buffer): ItemHeadersResult {
  const parsed = parseJsonObject(line);
  if (!parsed.ok) return { ok: false, reason: `header ${parsed.reason}` };
  const { type, length } = parsed.value;
  if (typeof type !== "string" || type.length === 0) {
    return { ok: false, reason: "header has no type" };
  }
  // `length: null` is how some serializers spell "no length"; treat it as absent.
  if (length === undefined || length === null) {
    const headers: EnvelopeItemHeaders = { ...parsed.value, type };
    delete headers.length;
    return { ok: true, headers };
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
    return { ok: false, reason: "header length is not a non-negative integer" };
  }
  return { ok: true, headers: { ...parsed.value, type, length } };
}

function fail(reason: string): EnvelopeParseResult {
  return { ok: false, reason };
}
