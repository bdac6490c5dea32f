import { Readable } from "node:stream";
import zlib from "node:zlib";

export type DecompressResult =
  { ok: true; body: Buffer } | { ok: false; status: 400 | 413 | 415; reason: string };

type ZlibCallbackFn<Options> = (
  input: Buffer,
  options: Options,
  callback: (error: Error | null, result: Buffer) => void,
) => void;

// The callback forms run in libuv's thread pool; the *Sync forms would block the event loop.
function inThreadPool<Options>(
  fn: ZlibCallbackFn<Options>,
  input: Buffer,
  options: Options,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fn(input, options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const gunzip = (input: Buffer, options: zlib.ZlibOptions) =>
  inThreadPool<zlib.ZlibOptions>((i, o, done) => zlib.gunzip(i, o, done), input, options);
const inflate = (input: Buffer, options: zlib.ZlibOptions) =>
  inThreadPool<zlib.ZlibOptions>((i, o, done) => zlib.inflate(i, o, done), input, options);
const inflateRaw = (input: Buffer, options: zlib.ZlibOptions) =>
  inThreadPool<zlib.ZlibOptions>((i, o, done) => zlib.inflateRaw(i, o, done), input, options);
const brotliDecompress = (input: Buffer, options: zlib.BrotliOptions) =>
  inThreadPool<zlib.BrotliOptions>(
    (i, o, done) => zlib.brotliDecompress(i, o, done),
    input,
    options,
  );

/** Tokens that mean "not compressed" (sentry-ruby 5.x and old sentry-java send `UTF-8`; §4). */
const IDENTITY = new Set(["", "identity", "utf-8"]);

type Coding = "gzip" | "deflate" | "br";
const CODINGS: Record<string, Coding> = {
  gzip: "gzip",
  "x-gzip": "gzip",
  deflate: "deflate",
  br: "br",
};

/**
 * Undoes `Content-Encoding` (protocol doc §4), never producing more than `maxBytes` of output so a
 * zip bomb is cut off by zlib itself instead of being inflated into memory.
 *
 * Several codings (`gzip, br`) were applied left to right, so they are undone right to left.
 * An unknown coding is 415 Unsupported Media Type, which RFC 9110 §15.5.16 names for an
 * unsupported content coding and which Relay answers too; zstd is unknown on Node 20.
 */
export async function decompressBody(
  body: Buffer,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<DecompressResult> {
  const tokens = (contentEncoding ?? "")
    .split(",")
    .map((token) => token.trim().toLowerCase())
    .filter((token) => !IDENTITY.has(token));

  const codings: Coding[] = [];
  for (const token of tokens) {
    const coding = CODINGS[token];
    if (coding === undefined) {
      return { ok: false, status: 415, reason: `unsupported content encoding: ${token}` };
    }
    codings.push(coding);
  }

  let current = body;
  for (const coding of codings.reverse()) {
    const decoded = await decode(current, coding, maxBytes);
    if (!decoded.ok) return decoded;
    current = decoded.body;
  }

  if (current.length > maxBytes) {
    return { ok: false, status: 413, reason: `body exceeds ${maxBytes} bytes` };
  }
  return { ok: true, body: current };
}

async function decode(input: Buffer, coding: Coding, maxBytes: number): Promise<DecompressResult> {
  // One byte over the limit is enough to know it is too large.
  const options = { maxOutputLength: maxBytes + 1 };
  try {
    if (coding === "gzip") return within(await gunzip(input, options), maxBytes);
    if (coding === "br") return within(await brotliDecompress(input, options), maxBytes);
    return await inflateEitherWrapping(input, maxBytes);
  } catch (error) {
    return failure(error, coding, maxBytes);
  }
}

/** `deflate` should be zlib-wrapped (RFC 1950) but some clients send raw deflate (RFC 1951). */
async function inflateEitherWrapping(input: Buffer, maxBytes: number): Promise<DecompressResult> {
  const options = { maxOutputLength: maxBytes + 1 };
  try {
    return within(await inflate(input, options), maxBytes);
  } catch (error) {
    if (isTooLarge(error)) throw error;
    return within(await inflateRaw(input, options), maxBytes);
  }
}

function within(body: Buffer, maxBytes: number): DecompressResult {
  if (body.length > maxBytes) {
    return { ok: false, status: 413, reason: `decompressed body exceeds ${maxBytes} bytes` };
  }
  return { ok: true, body };
}

function isTooLarge(error: unknown): boolean {
  if (error instanceof RangeError) return true;
  return (error as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE";
}

function failure(error: unknown, coding: Coding, maxBytes: number): DecompressResult {
  if (isTooLarge(error)) {
    return { ok: false, status: 413, reason: `decompressed body exceeds ${maxBytes} bytes` };
  }
  return { ok: false, status: 400, reason: `body is not valid ${coding} data` };
}

export type BodyReadResult =
  { ok: true; body: Buffer } | { ok: false; status: 400 | 413; reason: string };

/**
 * Reads a streamed request body (Node SDKs send `Transfer-Encoding: chunked` without
 * Content-Length, §3) and stops at the first chunk that goes over `maxBytes`.
 *
 * On 413 the stream is deliberately not destroyed: destroying a Node request also destroys its
 * socket, and the client would see a reset instead of the 413. Answer with `Connection: close`.
 */
export async function readBoundedBody(
  source: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<BodyReadResult> {
  if (source instanceof Readable) return readStream(source, maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  const iterator = source[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) break;
      const chunk = typeof next.value === "string" ? Buffer.from(next.value) : toBuffer(next.value);
      total += chunk.length;
      if (total > maxBytes) {
        return { ok: false, status: 413, reason: `request body exceeds ${maxBytes} bytes` };
      }
      chunks.push(chunk);
    }
  } catch {
    return { ok: false, status: 400, reason: "request body could not be read" };
  }
  return { ok: true, body: Buffer.concat(chunks, total) };
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * The same for a Node stream (the request itself), through its events: an async iterator costs
 * several promise ticks per chunk on the hottest path. On 413 the stream is paused, not destroyed.
 */
function readStream(stream: Readable, maxBytes: number): Promise<BodyReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: BodyReadResult) => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      stream.off("close", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > maxBytes) {
        stream.pause();
        finish({ ok: false, status: 413, reason: `request body exceeds ${maxBytes} bytes` });
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () =>
      finish({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) });
    const onError = () =>
      finish({ ok: false, status: 400, reason: "request body could not be read" });
    // A client that goes away mid-body closes the stream without `end`.
    const onClose = () => {
      if (!stream.readableEnded) onError();
    };
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
    stream.on("close", onClose);
  });
}
