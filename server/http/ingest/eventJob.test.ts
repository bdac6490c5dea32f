import { describe, expect, it } from "vitest";
import { ingestedEventSchema } from "@/server/processing/types";
import { PreserializedEvent, preserializedJson } from "./eventJob";

function preserialized(payloadJson: string, clientIp: string | null, sentAt: string | null) {
  return new PreserializedEvent(
    7,
    "0123456789abcdef0123456789abcdef",
    "2026-11-23T10:00:00.000Z",
    clientIp,
    sentAt,
    JSON.parse(payloadJson) as Record<string, unknown>,
    payloadJson,
  );
}

describe("PreserializedEvent", () => {
  const payloads = [
    '{"event_id":"0123456789abcdef0123456789abcdef","message":"plain"}',
    ' \n{ "message" : "spaced out", "extra": {"nested": [1, 2.5e3, null, true]} } \t',
    '{"message":"quote \\" backslash \\\\ newline \\n unicode \\u00e9 \\ud83d\\ude00 é 😀"}',
    '{"message":"same key twice","message":"the last one wins"}',
    '{"__proto__":{"polluted":true},"tags":[["a","b"]]}',
  ];

  it.each(payloads)("writes the same job the worker would get from JSON.stringify (%#)", (text) => {
    const event = preserialized(text, "198.51.100.7", 'sent "at" \u2028');
    expect(JSON.parse(event.json)).toEqual(JSON.parse(JSON.stringify(event)));
  });

  it("is a valid job payload with and without the optional facts", () => {
    for (const [ip, sentAt] of [
      [null, null],
      ["::1", "2026-11-23T09:59:59Z"],
    ] as const) {
      const job = ingestedEventSchema.parse(
        JSON.parse(preserialized(payloads[0]!, ip, sentAt).json),
      );
      expect(job).toMatchObject({
        projectId: 7,
        clientIp: ip,
        sentAt,
        payload: { message: "plain" },
      });
    }
  });
});

describe("preserializedJson", () => {
  const first = preserialized('{"message":"first"}', null, null);
  const second = preserialized(' {"message" : "second" } ', "::1", null);

  it("writes a batch job from each event's own text", () => {
    const text = preserializedJson({ events: [first, second] });
    expect(text).toBe(`{"events":[${first.json},${second.json}]}`);
    expect(JSON.parse(text ?? "")).toEqual(JSON.parse(JSON.stringify({ events: [first, second] })));
  });

  it("stringifies a plain event among preserialized ones as usual", () => {
    const plain = { ...first.toJSON(), payload: { message: "plain" } };
    const text = preserializedJson({ events: [plain, second] });
    expect(JSON.parse(text ?? "")).toEqual({ events: [plain, JSON.parse(second.json)] });
  });

  it("leaves jobs without preserialized events to the ordinary serializer", () => {
    expect(preserializedJson({ events: [first.toJSON()] })).toBeUndefined();
    expect(preserializedJson({ projectId: 7, sessions: [] })).toBeUndefined();
    expect(preserializedJson(first)).toBe(first.json);
  });
});
