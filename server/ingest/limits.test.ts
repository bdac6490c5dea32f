import { describe, expect, it } from "vitest";
import type { Envelope } from "./envelope";
import {
  MAX_ATTACHMENT_BYTES,
  MAX_CLIENT_REPORT_BYTES,
  MAX_COMPRESSED_BODY_BYTES,
  MAX_ENVELOPE_BYTES,
  MAX_EVENT_BYTES,
  MAX_SESSIONS_PER_ENVELOPE,
  checkEnvelopeLimits,
} from "./limits";

function envelope(items: Array<[string, number]>): Envelope {
  return {
    headers: {},
    items: items.map(([type, size]) => ({ headers: { type }, payload: Buffer.alloc(size) })),
  };
}

describe("size limits", () => {
  it("are the sizes we promised", () => {
    expect(MAX_COMPRESSED_BODY_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_ENVELOPE_BYTES).toBe(20 * 1024 * 1024);
    expect(MAX_EVENT_BYTES).toBe(1024 * 1024);
    expect(MAX_ATTACHMENT_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_CLIENT_REPORT_BYTES).toBe(4096);
    expect(MAX_SESSIONS_PER_ENVELOPE).toBe(100);
  });

  it("accept items at their limit", () => {
    expect(
      checkEnvelopeLimits(
        envelope([
          ["event", MAX_EVENT_BYTES],
          ["attachment", MAX_ATTACHMENT_BYTES],
        ]),
      ),
    ).toEqual({ ok: true });
  });

  it("answer 413 for an item one byte over", () => {
    expect(checkEnvelopeLimits(envelope([["transaction", MAX_EVENT_BYTES + 1]]))).toEqual({
      ok: false,
      status: 413,
      reason: `transaction item exceeds ${MAX_EVENT_BYTES} bytes`,
    });
    expect(checkEnvelopeLimits(envelope([["client_report", 4097]]))).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(checkEnvelopeLimits(envelope([["attachment", MAX_ATTACHMENT_BYTES + 1]]))).toMatchObject(
      { ok: false },
    );
  });

  it("leave types without their own limit to the envelope limit", () => {
    expect(checkEnvelopeLimits(envelope([["replay_recording", 5 * 1024 * 1024]]))).toEqual({
      ok: true,
    });
  });

  it("count session and sessions items together", () => {
    const sessions = Array.from({ length: 100 }, (_, i): [string, number] => [
      i % 2 === 0 ? "session" : "sessions",
      10,
    ]);
    expect(checkEnvelopeLimits(envelope(sessions))).toEqual({ ok: true });
    expect(checkEnvelopeLimits(envelope([...sessions, ["session", 10]]))).toMatchObject({
      ok: false,
      status: 413,
    });
  });
});
