import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEnvelope, type Envelope } from "./envelope";
import { envelopeFixtureNames, fixtureBytes, fixtureRequests } from "./testFixtures";

function parsed(text: string | Buffer): Envelope {
  const result = parseEnvelope(typeof text === "string" ? Buffer.from(text, "utf8") : text);
  if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
  return result.envelope;
}

function rejection(text: string | Buffer): string {
  const result = parseEnvelope(typeof text === "string" ? Buffer.from(text, "utf8") : text);
  if (result.ok) throw new Error("expected a rejection");
  return result.reason;
}

describe("parseEnvelope on real SDK payloads", () => {
  const requests = fixtureRequests();

  it("has a fixture for every request in requests.json", () => {
    expect(envelopeFixtureNames()).toEqual(requests.map((request) => request.file).sort());
  });

  for (const request of requests) {
    it(`parses ${request.file} into ${request.items.join(", ")}`, () => {
      const envelope = parsed(fixtureBytes(request.file));
      expect(envelope.items.map((item) => item.headers.type)).toEqual(request.items);
    });
  }

  it("reads the attachment by its byte length, embedded newline included", () => {
    const envelope = parsed(fixtureBytes("node-attachment.envelope"));
    const attachment = envelope.items.find((item) => item.headers.type === "attachment");
    expect(attachment?.headers.length).toBe(21);
    expect(attachment?.headers.filename).toBe("config.json");
    expect(attachment?.payload.length).toBe(21);
    expect(attachment?.payload.toString("utf8")).toBe('{"retries":3}\n{"x":1}');
  });

  it("keeps envelope header fields, including an empty header", () => {
    expect(parsed(fixtureBytes("node-capture-exception.envelope")).headers.event_id).toBe(
      "44b2d6bc4ec44cbba320af485544eefe",
    );
    expect(parsed(fixtureBytes("node-client-report-sample-rate.envelope")).headers).toEqual({});
  });

  it("keeps span container headers", () => {
    const [item] = parsed(fixtureBytes("node-transaction-span-stream.envelope")).items;
    expect(item?.headers).toMatchObject({ type: "span", item_count: 3 });
  });
});

describe("parseEnvelope framing rules", () => {
  it("accepts a headers-only envelope, with or without newline", () => {
    expect(parsed("{}").items).toEqual([]);
    expect(parsed('{"event_id":"x"}\n').items).toEqual([]);
  });

  it("reads an item without length up to the newline or EOF", () => {
    const envelope = parsed('{}\n{"type":"event"}\n{"a":1}\n{"type":"session"}\n{"b":2}');
    expect(envelope.items.map((item) => item.payload.toString())).toEqual(['{"a":1}', '{"b":2}']);
  });

  it("tolerates a trailing newline and blank trailing lines", () => {
    expect(parsed('{}\n{"type":"event"}\n{"a":1}\n').items).toHaveLength(1);
    expect(parsed('{}\n{"type":"event"}\n{"a":1}\n\n\r\n\n').items).toHaveLength(1);
  });

  it("counts length in UTF-8 bytes, not characters", () => {
    const envelope = parsed('{}\n{"type":"attachment","length":3}\né\n\n{"type":"event"}\n{}');
    expect(envelope.items[0]?.payload.toString("utf8")).toBe("é\n");
    expect(envelope.items[1]?.headers.type).toBe("event");
  });

  it("keeps a carriage return inside a length-delimited payload", () => {
    const envelope = parsed('{}\n{"type":"attachment","length":3}\na\r\n\n{"type":"event"}\n{}');
    expect([...(envelope.items[0]?.payload ?? [])]).toEqual([0x61, 0x0d, 0x0a]);
  });

  it("handles zero-length items between others and at EOF", () => {
    const envelope = parsed(
      '{}\n{"type":"attachment","length":0}\n\n{"type":"event"}\n{"a":1}\n{"type":"attachment","length":0}',
    );
    expect(envelope.items.map((item) => [item.headers.type, item.payload.length])).toEqual([
      ["attachment", 0],
      ["event", 7],
      ["attachment", 0],
    ]);
  });

  it("treats a null length as absent", () => {
    const [item] = parsed('{}\n{"type":"event","length":null}\n{"a":1}').items;
    expect(item?.payload.toString()).toBe('{"a":1}');
    expect("length" in (item?.headers ?? {})).toBe(false);
  });

  it("rejects an item shorter than its length", () => {
    expect(rejection('{}\n{"type":"attachment","length":10}\nabc')).toBe(
      "item 1 (attachment) truncated: expected 10 bytes, got 3",
    );
  });

  it("rejects a length-delimited payload not followed by a newline", () => {
    expect(rejection('{}\n{"type":"attachment","length":2}\nabc\n')).toMatch(
      /not followed by a newline/,
    );
  });

  it("rejects bad headers", () => {
    expect(rejection("")).toBe("empty envelope");
    expect(rejection("[1]\n")).toBe("envelope header is not a JSON object");
    expect(rejection("null")).toBe("envelope header is not a JSON object");
    expect(rejection("{nope")).toBe("envelope header is not valid JSON");
    expect(rejection('{}\n{"length":2}\nab')).toBe("item 1: header has no type");
    expect(rejection('{}\n{"type":""}\n')).toBe("item 1: header has no type");
    expect(rejection('{}\n"event"\n{}')).toBe("item 1: header is not a JSON object");
    expect(rejection('{}\n{"type":"attachment","length":"2"}\nab')).toMatch(
      /length is not a non-negative integer/,
    );
    expect(rejection('{}\n{"type":"attachment","length":-1}\n')).toMatch(
      /length is not a non-negative integer/,
    );
    expect(rejection('{}\n{"type":"attachment","length":1.5}\nab')).toMatch(
      /length is not a non-negative integer/,
    );
  });

  it("rejects repeated envelope header keys such as two sent_at", () => {
    expect(rejection('{"sent_at":"2026-01-01T00:00:00Z","sent_at":"2026-01-02T00:00:00Z"}\n')).toBe(
      "envelope header repeats sent_at",
    );
    expect(parsed('{"sdk":{"name":"a","sent_at":1},"sent_at":"x"}').headers.sent_at).toBe("x");
  });

  it("rejects two event items in one envelope", () => {
    expect(rejection('{}\n{"type":"event"}\n{}\n{"type":"event"}\n{}')).toBe(
      "more than one event item in envelope",
    );
    expect(parsed('{}\n{"type":"session"}\n{}\n{"type":"session"}\n{}').items).toHaveLength(2);
  });
});

describe("parseEnvelope never throws", () => {
  const fixtures = envelopeFixtureNames().map((name) => fixtureBytes(name));

  function neverThrows(buf: Buffer): boolean {
    const result = parseEnvelope(buf);
    if (result.ok) return result.envelope.items.every((item) => item.payload.length <= buf.length);
    return (
      typeof result.reason === "string" && result.reason.length > 0 && !result.reason.includes("\n")
    );
  }

  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => neverThrows(Buffer.from(bytes))),
      {
        numRuns: 2000,
      },
    );
  });

  it("on arbitrary text made of envelope-ish pieces", () => {
    const piece = fc.constantFrom(
      "{}",
      '{"type":"event"}',
      '{"type":"attachment","length":3}',
      "\n",
      "\r",
      "abc",
      '"',
      "{",
      "}",
      '{"length":0,"type":"x"}',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) =>
        neverThrows(Buffer.from(pieces.join(""))),
      ),
      {
        numRuns: 2000,
      },
    );
  });

  // Exhaustive (every byte of a 48 KB fixture, ~100k parses): seconds of CPU, more when the
  // machine is shared, so it gets more than vitest's default 5 s.
  it("on every truncation of every fixture", { timeout: 60_000 }, () => {
    for (const fixture of fixtures) {
      for (let end = 0; end <= fixture.length; end += 1) {
        expect(neverThrows(fixture.subarray(0, end))).toBe(true);
      }
    }
  });

  it("and reports a truncated attachment instead of returning a short one", () => {
    const fixture = fixtureBytes("node-attachment.envelope");
    const header = Buffer.from('{"type":"attachment","length":21');
    const payloadStart =
      fixture.indexOf(header) + fixture.subarray(fixture.indexOf(header)).indexOf(0x0a) + 1;
    for (let end = payloadStart; end < payloadStart + 21; end += 1) {
      const result = parseEnvelope(fixture.subarray(0, end));
      expect(result.ok).toBe(false);
    }
  });

  it("on random splices of fixtures", () => {
    const fixtureIndex = fc.integer({ min: 0, max: fixtures.length - 1 });
    const slice = fc.tuple(fixtureIndex, fc.nat(), fc.nat()).map(([index, a, b]) => {
      const fixture = fixtures[index] ?? Buffer.alloc(0);
      const start = a % (fixture.length + 1);
      return fixture.subarray(start, start + (b % 400));
    });
    fc.assert(
      fc.property(fc.array(slice, { maxLength: 6 }), (slices) =>
        neverThrows(Buffer.concat(slices)),
      ),
      {
        numRuns: 2000,
      },
    );
  });

  it("on fixtures with random bytes overwritten", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fixtures.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (index, edits) => {
          const copy = Buffer.from(fixtures[index] ?? Buffer.alloc(0));
          for (const [position, byte] of edits) copy[position % copy.length] = byte;
          return neverThrows(copy);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("parseEnvelope round-trips what an SDK would serialize", () => {
  const itemArbitrary = fc.oneof(
    fc.record({
      withLength: fc.constant(true as const),
      type: fc.constantFrom("attachment", "replay_recording"),
      payload: fc.uint8Array({ maxLength: 64 }),
    }),
    fc.record({
      withLength: fc.constant(false as const),
      type: fc.constantFrom("session", "log", "check_in"),
      payload: fc
        .json()
        .filter((json) => !json.includes("\n"))
        .map((json) => Buffer.from(json, "utf8")),
    }),
  );

  it("returns the same items, byte for byte", () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 6 }),
        fc.boolean(),
        (items, trailingNewline) => {
          const parts: Buffer[] = [Buffer.from('{"sdk":{"name":"test"}}')];
          for (const item of items) {
            const header = item.withLength
              ? { type: item.type, length: item.payload.length }
              : { type: item.type };
            parts.push(Buffer.from(`\n${JSON.stringify(header)}\n`), Buffer.from(item.payload));
          }
          if (trailingNewline) parts.push(Buffer.from("\n"));
          const envelope = parsed(Buffer.concat(parts));
          expect(envelope.items.map((item) => item.headers.type)).toEqual(
            items.map((item) => item.type),
          );
          envelope.items.forEach((item, index) => {
            expect(Buffer.compare(item.payload, Buffer.from(items[index]?.payload ?? []))).toBe(0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
