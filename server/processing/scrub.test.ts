import { describe, expect, it } from "vitest";
import { fixtureItemPayload } from "@/server/ingest/testFixtures";
import { normalizeEvent } from "./normalize";
import { scrubEvent, type ScrubSettings } from "./scrub";
import type { IngestedEvent, NormalizedEvent } from "./types";

const ON: ScrubSettings = { scrubData: true, scrubFields: [] };
const OFF: ScrubSettings = { scrubData: false, scrubFields: [] };
const VISA = "4111 1111 1111 1111";

function normalized(payload: Record<string, unknown>): NormalizedEvent {
  const job: IngestedEvent = {
    projectId: 1,
    eventId: "0123456789abcdef0123456789abcdef",
    receivedAt: "2026-11-22T12:00:00.000Z",
    clientIp: null,
    payload,
  };
  return normalizeEvent(job);
}

describe("scrubEvent", () => {
  it("filters sensitive keys in extra, contexts, user data and breadcrumb data", () => {
    const event = scrubEvent(
      normalized({
        extra: { password: "hunter2", nested: { api_key: "k", keep: "visible" }, count: 3 },
        contexts: { session: { csrf_token: "t", page: "cart" } },
        user: { id: "u1", data: { secret_answer: "blue" } },
        breadcrumbs: [{ category: "http", data: { Authorization: "Bearer x", url: "/pay" } }],
      }),
      ON,
    );
    expect(event.extra).toEqual({
      password: "[Filtered]",
      nested: { api_key: "[Filtered]", keep: "visible" },
      count: 3,
    });
    expect(event.contexts?.session).toEqual({
      csrf_token: "[Filtered]",
      page: "cart",
      type: "session",
    });
    expect(event.user).toEqual({ id: "u1", data: { secret_answer: "[Filtered]" } });
    expect(event.breadcrumbs?.values[0]?.data).toEqual({
      Authorization: "[Filtered]",
      url: "/pay",
    });
  });

  it("filters request headers, cookies, query parameters, form and JSON bodies, env", () => {
    const event = scrubEvent(
      normalized({
        request: {
          url: "https://shop.test/pay?token=abc&step=2",
          headers: { "X-Session-Id": "s", Accept: "text/html" },
          data: "user=jane&password=hunter2",
          env: { DB_PASSWORD: "p", HOME: "/srv" },
        },
      }),
      ON,
    );
    expect(event.request).toEqual({
      url: "https://shop.test/pay",
      query_string: [
        ["token", "[Filtered]"],
        ["step", "2"],
      ],
      headers: [
        ["X-Session-Id", "[Filtered]"],
        ["Accept", "text/html"],
      ],
      data: "user=jane&password=[Filtered]",
      env: { DB_PASSWORD: "[Filtered]", HOME: "/srv" },
    });
    expect(
      scrubEvent(normalized({ request: { data: { card_number: "x", qty: 1 } } }), ON).request?.data,
    ).toEqual({ card_number: "[Filtered]", qty: 1 });
  });

  it("filters frame vars and tags with sensitive keys", () => {
    const event = scrubEvent(
      normalized({
        tags: { auth_mode: "sso", region: "eu" },
        exception: {
          values: [
            { type: "E", stacktrace: { frames: [{ function: "f", vars: { token: "t", n: 1 } }] } },
          ],
        },
      }),
      ON,
    );
    expect(event.tags.slice(0, 2)).toEqual([
      ["auth_mode", "[Filtered]"],
      ["region", "eu"],
    ]);
    const frame = (event.exception?.values[0]?.stacktrace as { frames: Array<{ vars: unknown }> })
      .frames[0];
    expect(frame?.vars).toEqual({ token: "[Filtered]", n: 1 });
  });

  it("filters credit-card numbers inside any string, and only Luhn-valid ones", () => {
    const event = scrubEvent(
      normalized({
        message: `Charge failed for ${VISA}`,
        exception: { type: "PaymentError", value: "card 5500-0000-0000-0004 declined" },
        extra: { note: "order 4111111111111112 (not a card)", ts: "1795348825611" },
      }),
      ON,
    );
    expect(event.logentry?.formatted).toBe("Charge failed for [Filtered]");
    expect(event.exception?.values[0]?.value).toBe("card [Filtered] declined");
    expect(event.extra).toEqual({
      note: "order 4111111111111112 (not a card)",
      ts: "1795348825611",
    });
  });

  it("adds the project's own field names", () => {
    const event = scrubEvent(normalized({ extra: { iban: "DE89", other: "x" } }), {
      scrubData: true,
      scrubFields: ["IBAN"],
    });
    expect(event.extra).toEqual({ iban: "[Filtered]", other: "x" });
  });

  it("never touches event_id, release or environment", () => {
    const event = scrubEvent(
      normalized({ release: "token-service@1.0", environment: "auth-prod" }),
      ON,
    );
    expect(event.event_id).toBe("0123456789abcdef0123456789abcdef");
    expect(event.release).toBe("token-service@1.0");
    expect(event.environment).toBe("auth-prod");
  });

  it("with scrubbing off keeps data but still filters Authorization and Cookie headers", () => {
    const event = scrubEvent(
      normalized({
        extra: { password: "hunter2" },
        request: {
          headers: [
            ["Authorization", "Bearer abc"],
            ["Cookie", "sid=1"],
            ["Accept", "*/*"],
          ],
          cookies: { sid: "1" },
        },
      }),
      OFF,
    );
    expect(event.extra).toEqual({ password: "hunter2" });
    expect(event.request).toEqual({
      headers: [
        ["Authorization", "[Filtered]"],
        ["Cookie", "[Filtered]"],
        ["Accept", "*/*"],
      ],
      cookies: [["sid", "[Filtered]"]],
    });
  });

  it("leaves the fixtures' ordinary data alone", () => {
    const event = normalizeEvent({
      projectId: 1,
      eventId: "fe220483198a4d3f98ad5ab64322cb6b",
      receivedAt: "2026-11-22T12:10:00.000Z",
      clientIp: null,
      payload: fixtureItemPayload("node-scope-data.envelope"),
    });
    expect(scrubEvent(event, ON)).toEqual(event);
  });
});
