import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseStoreBody } from "./storeBody";

const MiB = 1024 * 1024;
const event = {
  event_id: "0123456789abcdef0123456789abcdef",
  message: "Order 123 failed",
  platform: "python",
};

describe("parseStoreBody", () => {
  it("wraps a JSON event as a single event item", async () => {
    const json = Buffer.from(JSON.stringify(event));
    const result = await parseStoreBody(json, MiB);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.envelope.headers).toEqual({ event_id: event.event_id });
    expect(result.envelope.items).toHaveLength(1);
    expect(result.envelope.items[0]?.headers).toEqual({ type: "event" });
    expect(JSON.parse(result.envelope.items[0]?.payload.toString() ?? "")).toEqual(event);
  });

  it("uses a transaction item for type transaction", async () => {
    const result = await parseStoreBody(
      Buffer.from(JSON.stringify({ type: "transaction", spans: [] })),
      MiB,
    );
    expect(result.ok && result.envelope.items[0]?.headers.type).toBe("transaction");
    expect(result.ok && result.envelope.headers).toEqual({});
  });

  it("accepts leading whitespace before the JSON", async () => {
    const result = await parseStoreBody(Buffer.from(`\n  ${JSON.stringify(event)}`), MiB);
    expect(result.ok).toBe(true);
  });

  it("decodes the legacy base64 + zlib body", async () => {
    const legacy = Buffer.from(
      zlib.deflateSync(Buffer.from(JSON.stringify(event))).toString("base64"),
    );
    const result = await parseStoreBody(legacy, MiB);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(result.envelope.items[0]?.payload.toString() ?? "")).toEqual(event);
  });

  it("bounds the legacy inflate like any request body", async () => {
    const bomb = zlib
      .deflateSync(Buffer.from(JSON.stringify({ pad: "x".repeat(4 * MiB) })))
      .toString("base64");
    expect(await parseStoreBody(Buffer.from(bomb), MiB)).toMatchObject({ ok: false, status: 413 });
  });

  it("rejects bodies that are neither", async () => {
    expect(await parseStoreBody(Buffer.from("{nope"), MiB)).toEqual({
      ok: false,
      status: 400,
      reason: "store body is not valid JSON",
    });
    expect(await parseStoreBody(Buffer.from("!!!"), MiB)).toMatchObject({ ok: false, status: 400 });
    expect(await parseStoreBody(Buffer.from(""), MiB)).toMatchObject({ ok: false, status: 400 });
    expect(await parseStoreBody(Buffer.from("aGVsbG8="), MiB)).toMatchObject({
      ok: false,
      status: 400,
    });
    const array = zlib.deflateSync(Buffer.from("[1,2]")).toString("base64");
    expect(await parseStoreBody(Buffer.from(array), MiB)).toEqual({
      ok: false,
      status: 400,
      reason: "store body is not a JSON object",
    });
  });
});
