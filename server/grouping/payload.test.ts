import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureItemPayload } from "../ingest/testFixtures";
import { formatLogMessage } from "./logentry";
import { groupingEventFromPayload } from "./payload";

describe("groupingEventFromPayload", () => {
  it("reads a real SDK event", () => {
    const event = groupingEventFromPayload(fixtureItemPayload("node-capture-exception.envelope"));
    expect(event.platform).toBe("node");
    expect(event.exception?.values.map((exception) => exception.type)).toEqual([
      "Error",
      "TypeError",
    ]);
    expect(event.exception?.values[0]?.mechanism).toEqual({ type: "chained", handled: true });
    expect(event.exception?.values[1]?.stacktrace?.frames[9]).toMatchObject({
      filename: "/srv/checkout/probe-node.js",
      module: "probe-node",
      function: "level3",
      in_app: true,
      lineno: expect.any(Number),
    });
  });

  it("formats logentry params when there is no formatted text", () => {
    const event = groupingEventFromPayload(
      fixtureItemPayload("node-message-parameterized.envelope"),
    );
    expect(event.logentry).toEqual({
      message: "Order %s failed for %s",
      params: [123, "jane"],
      formatted: "Order 123 failed for jane",
    });
  });

  it("accepts exception as {values}, a bare array, a single object and the legacy interface key", () => {
    const single = { type: "E", value: "v" };
    for (const payload of [
      { exception: { values: [single] } },
      { exception: [single] },
      { exception: single },
      { "sentry.interfaces.Exception": { values: [single] } },
    ]) {
      expect(groupingEventFromPayload(payload).exception?.values).toEqual([single]);
    }
  });

  it("accepts message as a string or an object, logentry, and sentry.interfaces.Message", () => {
    expect(groupingEventFromPayload({ message: "plain" })).toEqual({
      message: "plain",
      logentry: { formatted: "plain" },
    });
    expect(
      groupingEventFromPayload({ message: { message: "A %s", params: ["b"] } }).logentry,
    ).toEqual({ message: "A %s", params: ["b"], formatted: "A b" });
    expect(
      groupingEventFromPayload({ "sentry.interfaces.Message": { message: "x {0}", params: [1] } })
        .logentry?.formatted,
    ).toBe("x 1");
    expect(
      groupingEventFromPayload({ logentry: { formatted: "done" }, message: "ignored" }).logentry,
    ).toEqual({ formatted: "done" });
  });

  it("coerces fingerprints and tags the way Relay does, dropping what cannot be coerced", () => {
    const event = groupingEventFromPayload({
      fingerprint: ["a", 1, true, null, { x: 1 }],
      tags: { a: "1", b: 2, c: null },
    });
    expect(event.fingerprint).toEqual(["a", "1", "true"]);
    expect(event.tags).toEqual({ a: "1", b: "2" });
    expect(groupingEventFromPayload({ tags: [["k", "v"], ["bad"], [1, "x"]] }).tags).toEqual([
      ["k", "v"],
    ]);
    expect(groupingEventFromPayload({ fingerprint: [] }).fingerprint).toBeUndefined();
  });

  it("drops fields of the wrong type instead of failing", () => {
    const event = groupingEventFromPayload({
      platform: 7,
      exception: {
        values: [
          null,
          "x",
          {
            type: 3,
            value: "ok",
            stacktrace: { frames: [null, { function: 1, in_app: "yes", lineno: "3" }] },
          },
        ],
      },
    });
    expect(event).toEqual({
      exception: { values: [{ value: "ok", stacktrace: { frames: [{}] } }] },
    });
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        groupingEventFromPayload(value);
        groupingEventFromPayload({
          exception: value,
          message: value,
          logentry: value,
          threads: value,
          tags: value,
          fingerprint: value,
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatLogMessage", () => {
  it("fills printf and brace placeholders in order", () => {
    expect(formatLogMessage("Order %s failed for %s", [123, "jane"])).toBe(
      "Order 123 failed for jane",
    );
    expect(formatLogMessage("%d%% done", [50])).toBe("50% done");
    expect(formatLogMessage("{1} before {0}", ["a", "b"])).toBe("b before a");
    expect(formatLogMessage("{} and {}", [1, { x: 1 }])).toBe('1 and {"x":1}');
  });

  it("leaves placeholders without params alone", () => {
    expect(formatLogMessage("%s and %s", ["one"])).toBe("one and %s");
    expect(formatLogMessage("no placeholders", ["x"])).toBe("no placeholders");
  });
});
