import { promisify } from "node:util";
import zlib from "node:zlib";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decompressBody, readBoundedBody } from "./decompress";
import { fixtureBytes, fixtureRequests } from "./testFixtures";

const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);
const deflateRaw = promisify(zlib.deflateRaw);
const brotli = promisify(zlib.brotliCompress);
const fastBrotli = (input: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    zlib.brotliCompress(
      input,
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
      (error, out) => (error ? reject(error) : resolve(out)),
    ),
  );

const MiB = 1024 * 1024;
const text = Buffer.from(
  '{"event_id":"0123456789abcdef0123456789abcdef","message":"héllo"}\n'.repeat(50),
);

async function body(
  encoded: Buffer,
  encoding: string | undefined,
  maxBytes = MiB,
): Promise<Buffer> {
  const result = await decompressBody(encoded, encoding, maxBytes);
  if (!result.ok) throw new Error(`expected ok, got ${result.status} ${result.reason}`);
  return result.body;
}

describe("decompressBody", () => {
  it("round-trips gzip, x-gzip, zlib deflate, raw deflate and br", async () => {
    expect(await body(await gzip(text), "gzip")).toEqual(text);
    expect(await body(await gzip(text), "x-gzip")).toEqual(text);
    expect(await body(await deflate(text), "deflate")).toEqual(text);
    expect(await body(await deflateRaw(text), "deflate")).toEqual(text);
    expect(await body(await brotli(text), "br")).toEqual(text);
  });

  it("treats missing, empty, identity and UTF-8 as no encoding", async () => {
    for (const encoding of [undefined, "", "identity", "UTF-8", "utf-8"]) {
      expect(await body(text, encoding)).toBe(text);
    }
  });

  it("matches codings case-insensitively and ignores whitespace", async () => {
    expect(await body(await gzip(text), " GZip ")).toEqual(text);
  });

  it("undoes several codings in reverse order of application", async () => {
    const gzippedThenBrotli = await brotli(await gzip(text));
    expect(await body(gzippedThenBrotli, "gzip, br")).toEqual(text);
    const wrongOrder = await decompressBody(gzippedThenBrotli, "br, gzip", MiB);
    expect(wrongOrder).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 415 for an unknown coding", async () => {
    expect(await decompressBody(text, "compress", MiB)).toEqual({
      ok: false,
      status: 415,
      reason: "unsupported content encoding: compress",
    });
  });

  it("decompresses the real gzipped SDK request to exactly the captured envelope", async () => {
    const request = fixtureRequests().find(
      (candidate) => candidate.file === "node-large-gzip.envelope",
    );
    const gz = fixtureBytes("node-large-gzip.envelope.gz");
    expect(gz.length).toBe(request?.rawLength);
    const out = await body(gz, request?.headers["content-encoding"], 20 * MiB);
    expect(out.equals(fixtureBytes("node-large-gzip.envelope"))).toBe(true);
    expect(out.length).toBe(48607);
  });

  it("answers 400 for corrupt gzip and truncated gzip", async () => {
    const gz = await gzip(text);
    const corrupt = Buffer.from(gz);
    corrupt.fill(0x41, 12, 40);
    expect(await decompressBody(corrupt, "gzip", MiB)).toMatchObject({ ok: false, status: 400 });
    expect(await decompressBody(gz.subarray(0, gz.length - 10), "gzip", MiB)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await decompressBody(Buffer.from("not deflate at all"), "deflate", MiB)).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("applies the limit to the decompressed size, identity included", async () => {
    expect(await decompressBody(await gzip(text), "gzip", text.length - 1)).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(await body(await gzip(text), "gzip", text.length)).toEqual(text);
    expect(await decompressBody(text, undefined, text.length - 1)).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it("stops inflating at the cap instead of inflating everything and checking after", async () => {
    // 512 gzip members of 1 MiB of zeros: ~0.5 MB on the wire, 512 MiB if fully inflated
    // (seconds of CPU and half a gigabyte); a bounded inflate gives up after the first MiB.
    const member = await gzip(Buffer.alloc(MiB));
    const bomb = Buffer.concat(Array.from({ length: 512 }, () => member));
    expect(bomb.length).toBeLessThan(MiB);
    const started = performance.now();
    expect(await decompressBody(bomb, "gzip", MiB)).toMatchObject({ ok: false, status: 413 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("stops a zip bomb at the cap with 413, quickly, for every coding", async () => {
    const zeros = Buffer.alloc(50 * MiB);
    const bombs: Array<[string, Buffer]> = [
      ["gzip", await gzip(zeros)],
      ["deflate", await deflate(zeros)],
      ["br", await fastBrotli(zeros)],
    ];
    for (const [encoding, bomb] of bombs) {
      expect(bomb.length).toBeLessThan(100 * 1024);
      const started = performance.now();
      const result = await decompressBody(bomb, encoding, MiB);
      expect(result).toMatchObject({ ok: false, status: 413 });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

async function* chunks(parts: Array<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  for (const part of parts) yield part;
}

describe("readBoundedBody", () => {
  it("concatenates a chunked body", async () => {
    const result = await readBoundedBody(
      chunks([Buffer.from("ab"), "cé", new Uint8Array([0x64])]),
      100,
    );
    expect(result).toEqual({ ok: true, body: Buffer.from("abcéd") });
  });

  it("accepts a body exactly at the limit", async () => {
    expect(await readBoundedBody(chunks(["12345"]), 5)).toMatchObject({ ok: true });
  });

  it("stops reading at the first chunk over the limit", async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        pulled += 1;
        yield Buffer.alloc(1024);
      }
    }
    const result = await readBoundedBody(endless(), 10 * 1024);
    expect(result).toEqual({ ok: false, status: 413, reason: "request body exceeds 10240 bytes" });
    expect(pulled).toBe(11);
  });

  it("answers 400 when the stream fails", async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from("a");
      throw new Error("socket hang up");
    }
    expect(await readBoundedBody(broken(), 100)).toMatchObject({ ok: false, status: 400 });
  });
});

describe("readBoundedBody on a Node stream (the request itself)", () => {
  it("concatenates its chunks", async () => {
    const stream = Readable.from([Buffer.from("ab"), Buffer.from("cé"), Buffer.from("d")]);
    expect(await readBoundedBody(stream, 100)).toEqual({ ok: true, body: Buffer.from("abcéd") });
  });

  it("stops at the limit and leaves the stream paused, not destroyed", async () => {
    const stream = new PassThrough();
    const reading = readBoundedBody(stream, 10);
    stream.write(Buffer.alloc(6));
    stream.write(Buffer.alloc(6));
    expect(await reading).toEqual({
      ok: false,
      status: 413,
      reason: "request body exceeds 10 bytes",
    });
    expect(stream.destroyed).toBe(false);
    expect(stream.isPaused()).toBe(true);
  });

  it("answers 400 when the stream fails or closes before its end", async () => {
    const failing = new PassThrough();
    const failed = readBoundedBody(failing, 100);
    failing.write("a");
    failing.destroy(new Error("socket hang up"));
    expect(await failed).toMatchObject({ ok: false, status: 400 });

    const cut = new PassThrough();
    const closed = readBoundedBody(cut, 100);
    cut.write("a");
    cut.destroy();
    expect(await closed).toMatchObject({ ok: false, status: 400 });
  });
});
