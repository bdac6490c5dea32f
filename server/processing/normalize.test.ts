import { describe, expect, it } from "vitest";
import { groupingHashes } from "@/server/grouping/hash";
import { groupingEventFromPayload } from "@/server/grouping/payload";
import { issueCulprit, issueTitle } from "@/server/grouping/title";
import { envelopeFixtureNames, fixtureItemPayload } from "@/server/ingest/testFixtures";
import { parseEnvelope } from "@/server/ingest/envelope";
import { fixtureBytes } from "@/server/ingest/testFixtures";
import { normalizeEvent } from "./normalize";
import type { IngestedEvent } from "./types";

const RECEIVED_AT = "2026-11-22T12:10:00.000Z";

function job(payload: unknown, overrides: Partial<IngestedEvent> = {}): IngestedEvent {
  return {
    projectId: 1,
    eventId: "0123456789abcdef0123456789abcdef",
    receivedAt: RECEIVED_AT,
    clientIp: "203.0.113.7",
    payload,
    ...overrides,
  };
}

const eventFixtures = envelopeFixtureNames().filter((file) => {
  const parsed = parseEnvelope(fixtureBytes(file));
  return parsed.ok && parsed.envelope.items.some((item) => item.headers.type === "event");
});

describe("normalizeEvent on the real SDK payloads", () => {
  it("covers every fixture with an event item", () => {
    expect(eventFixtures.length).toBeGreaterThanOrEqual(14);
  });

  it.each(eventFixtures)("%s keeps its title, culprit and grouping hash", (file) => {
    const raw = fixtureItemPayload(file);
    const normalized = normalizeEvent(job(raw));
    const before = groupingEventFromPayload(raw);
    const after = groupingEventFromPayload(normalized);
    expect(issueTitle(after)).toBe(issueTitle(before));
    expect(issueCulprit(after)).toBe(issueCulprit(before));
    expect(groupingHashes(after)).toEqual(groupingHashes(before));
  });

  it("node-scope-data: user, tags in order then derived ones, contexts, breadcrumbs", () => {
    const event = normalizeEvent(job(fixtureItemPayload("node-scope-data.envelope")));
    expect(event.environment).toBe("staging");
    expect(event.release).toBe("shop@1.4.2");
    expect(event.user).toEqual({
      id: "u-42",
      email: "jane@example.com",
      username: "jane",
      ip_address: "203.0.113.7",
    });
    expect(event.tags).toEqual([
      ["region", "eu-west"],
      ["feature", "checkout"],
      ["tier", "gold"],
      ["level", "error"],
      ["environment", "staging"],
      ["release", "shop@1.4.2"],
      ["server_name", "vm"],
      ["user", "id:u-42"],
      ["user.email", "jane@example.com"],
      ["user.username", "jane"],
      ["handled", "yes"],
      ["mechanism", "generic"],
      ["os", "Debian 12.11"],
      ["os.name", "Debian"],
      ["runtime", "node v20.20.2"],
      ["runtime.name", "node"],
    ]);
    expect(event.contexts?.order).toEqual({ id: 123, total: 99.5, currency: "EUR", type: "order" });
    expect(event.breadcrumbs?.values).toHaveLength(2);
    expect(event.breadcrumbs?.values[0]).toMatchObject({ category: "auth", level: "info" });
    expect(event.exception?.values.map((value) => value.type)).toEqual(["Error", "TypeError"]);
    expect(event.fingerprint).toEqual(["{{ default }}", "payment-gateway"]);
    expect(event.timestamp).toBe(1795348827.967);
  });

  it("browser-capture-exception: browser and OS from the User-Agent, url tag", () => {
    const event = normalizeEvent(job(fixtureItemPayload("browser-capture-exception.envelope")));
    expect(event.platform).toBe("javascript");
    expect(event.contexts?.browser).toEqual({
      name: "HeadlessChrome",
      version: "156.0.0",
      type: "browser",
    });
    expect(event.tags).toEqual(
      expect.arrayContaining([
        ["url", "http://localhost:9377/page/index.html"],
        ["browser", "HeadlessChrome 156.0.0"],
        ["browser.name", "HeadlessChrome"],
        ["os.name", "Linux"],
        ["release", "web@2.0.0"],
      ]),
    );
  });

  it("messages become logentry, formatted with their params", () => {
    const plain = normalizeEvent(job(fixtureItemPayload("node-capture-message.envelope")));
    expect(plain.level).toBe("warning");
    expect(plain.logentry).toEqual({ formatted: "Order 123 failed" });
    expect(plain).not.toHaveProperty("message");
    const parameterized = normalizeEvent(
      job(fixtureItemPayload("node-message-parameterized.envelope")),
    );
    expect(parameterized.logentry).toEqual({
      formatted: "Order 123 failed for jane",
      message: "Order %s failed for %s",
      params: [123, "jane"],
    });
  });

  it("node-uncaught-exception: fatal and unhandled", () => {
    const event = normalizeEvent(job(fixtureItemPayload("node-uncaught-exception.envelope")));
    expect(event.level).toBe("fatal");
    expect(event.tags).toEqual(expect.arrayContaining([["handled", "no"]]));
  });

  it("node-large-gzip: the 40 kB extra is trimmed with the marker", () => {
    const event = normalizeEvent(job(fixtureItemPayload("node-large-gzip.envelope")));
    const blob = event.extra?.blob as string;
    expect(blob.length).toBe(16 * 1024 + "…[trimmed]".length);
    expect(blob.endsWith("…[trimmed]")).toBe(true);
  });
});

describe("normalizeEvent defaults and odd shapes", () => {
  it("fills defaults for an empty payload", () => {
    expect(normalizeEvent(job({}))).toEqual({
      event_id: "0123456789abcdef0123456789abcdef",
      timestamp: Date.parse(RECEIVED_AT) / 1000,
      received: Date.parse(RECEIVED_AT) / 1000,
      level: "error",
      platform: "other",
      environment: "production",
      tags: [
        ["level", "error"],
        ["environment", "production"],
      ],
    });
    expect(normalizeEvent(job("not an object")).level).toBe("error");
  });

  it("reads tags as pairs, coerces scalars and drops what Relay drops", () => {
    const event = normalizeEvent(
      job({
        tags: [
          ["a", 1],
          ["b", true],
          ["multi", "line\nvalue"],
          ["long", "x".repeat(201)],
          ["level", "from-sdk"],
        ],
      }),
    );
    expect(event.tags).toEqual([
      ["a", "1"],
      ["b", "true"],
      ["level", "error"],
      ["environment", "production"],
    ]);
  });

  it("corrects clock drift and clamps future timestamps", () => {
    const received = Date.parse(RECEIVED_AT) / 1000;
    const drifted = normalizeEvent(
      job({ timestamp: received - 7200 - 3 }, { sentAt: "2026-11-22T10:10:00Z" }),
    );
    expect(drifted.timestamp).toBe(received - 3);
    expect(normalizeEvent(job({ timestamp: received + 86400 })).timestamp).toBe(received);
  });

  it("limits the depth of extra and contexts and removes characters Postgres refuses", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 12; level += 1) deep = { next: deep };
    const event = normalizeEvent(
      job({ extra: { deep, nul: "a\u0000b", lone: "x\uD800y" }, contexts: { custom: { deep } } }),
    );
    expect(JSON.stringify(event.extra)).toContain('"[depth limit]"');
    expect(JSON.stringify(event.contexts)).toContain('"[depth limit]"');
    expect(event.extra?.nul).toBe("ab");
    expect(event.extra?.lone).toBe("x\uFFFDy");
  });
});
