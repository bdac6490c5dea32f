import { describe, expect, it } from "vitest";
import { fixtureItemPayload } from "@/server/ingest/testFixtures";
import { normalizeEvent } from "@/server/processing/normalize";
import { eventView } from "./eventView";

function storedFixture(file: string) {
  const payload = fixtureItemPayload(file) as Record<string, unknown>;
  const normalized = normalizeEvent({
    projectId: 1,
    eventId: "fe220483198a4d3f98ad5ab64322cb6b",
    receivedAt: new Date().toISOString(),
    clientIp: "203.0.113.7",
    sentAt: null,
    payload,
  });
  return JSON.parse(JSON.stringify(normalized)) as unknown;
}

describe("eventView", () => {
  it("shows the thrown exception first and its most recent frame first", () => {
    const view = eventView(storedFixture("node-scope-data.envelope"));
    expect(view.exceptions.map((exception) => exception.type)).toEqual(["TypeError", "Error"]);
    expect(view.exceptions[0]!.value).toBe("Cannot process order 456");
    const top = view.exceptions[0]!.frames[0]!;
    expect(top.function).toBe("level3");
    expect(top.inApp).toBe(true);
    expect(top.contextLine).toContain("throw new TypeError");
    expect(top.preContext.length).toBeGreaterThan(0);
  });

  it("reads breadcrumbs, contexts, user and extra as text pairs", () => {
    const view = eventView(storedFixture("node-scope-data.envelope"));
    expect(view.breadcrumbs.map((crumb) => crumb.message ?? crumb.category)).toEqual([
      "User logged in",
      "http",
    ]);
    expect(view.breadcrumbs[1]!.data).toContainEqual(["status_code", "502"]);
    const order = view.contexts.find((context) => context.key === "order");
    expect(order?.entries).toEqual([
      ["id", "123"],
      ["total", "99.5"],
      ["currency", "EUR"],
    ]);
    expect(view.user).toContainEqual(["email", "jane@example.com"]);
    expect(view.extra).toEqual([["cart_size", "3"]]);
    expect(view.fingerprint).toEqual(["{{ default }}", "payment-gateway"]);
    expect(view.sdk?.name).toBe("sentry.javascript.node");
  });

  it("keeps a message event's text", () => {
    const view = eventView(storedFixture("node-capture-message.envelope"));
    expect(view.message).toBe("Order 123 failed");
  });

  it("drops fields of the wrong shape instead of trusting them", () => {
    const view = eventView({
      exception: { values: [null, { type: 42, value: "v", stacktrace: { frames: "nope" } }] },
      breadcrumbs: "x",
      request: { method: ["GET"], headers: { "X-A": { nested: true } }, query_string: "a=1" },
      contexts: { os: "Linux", browser: { name: "Chrome", version: 120 } },
      user: [["id", 7]],
      sdk: { name: 1, integrations: ["A", 2], packages: [{ name: "p", version: "1" }, 3] },
    });
    expect(view.exceptions).toEqual([
      { type: null, value: "v", module: null, mechanism: null, frames: [] },
    ]);
    expect(view.breadcrumbs).toEqual([]);
    expect(view.request).toMatchObject({
      method: null,
      headers: [["X-A", '{"nested":true}']],
      query: [],
    });
    expect(view.contexts).toEqual([
      {
        key: "browser",
        type: "browser",
        entries: [
          ["name", "Chrome"],
          ["version", "120"],
        ],
      },
    ]);
    expect(view.user).toEqual([["id", "7"]]);
    expect(view.sdk).toEqual({
      name: null,
      version: null,
      integrations: ["A"],
      packages: [["p", "1"]],
    });
    expect(eventView(null).exceptions).toEqual([]);
  });
});
