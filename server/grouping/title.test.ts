import { describe, expect, it } from "vitest";
import { fixtureItemPayload } from "../ingest/testFixtures";
import { groupingEventFromPayload } from "./payload";
import { isUnhandled, issueCulprit, issueMetadata, issueTitle } from "./title";
import type { GroupingEvent } from "./types";

const fixture = (file: string): GroupingEvent => groupingEventFromPayload(fixtureItemPayload(file));

describe("issueTitle and issueCulprit for every fixture that carries an event", () => {
  it.each([
    [
      "node-capture-exception.envelope",
      "TypeError: Cannot process order 123",
      "level3(probe-node)",
    ],
    ["node-large-gzip.envelope", "TypeError: Cannot process order 999", "level3(probe-node)"],
    ["node-scope-data.envelope", "TypeError: Cannot process order 456", "level3(probe-node)"],
    [
      "node-uncaught-exception.envelope",
      "TypeError: Cannot process order 789",
      "level3(probe-node)",
    ],
    ["node-unhandled-rejection.envelope", "Error: Job 77 rejected", "failingJob(probe-node)"],
    ["node-capture-message.envelope", "Order 123 failed", ""],
    ["node-message-parameterized.envelope", "Order 123 failed for jane", ""],
    ["node-attachment.envelope", "Config load failed", ""],
    ["node-feedback-associated-message.envelope", "Checkout broken", ""],
    [
      "node-capture-non-error-object.envelope",
      "Error: Object captured as exception with keys: code, detail",
      "",
    ],
    ["node-capture-string.envelope", "Error: plain string thrown", ""],
    [
      "browser-capture-exception.envelope",
      "TypeError: Cannot read properties of null (reading 'items')",
      "computeTotal(http://localhost:9377/page/app.js)",
    ],
    [
      "browser-uncaught-error-settimeout.envelope",
      "Error: Uncaught browser failure 0xdeadbeef",
      "explode(http://localhost:9377/page/app.js)",
    ],
    [
      "browser-unhandled-rejection.envelope",
      "Error: Browser promise rejected",
      "window.rejection(http://localhost:9377/page/app.js)",
    ],
    [
      "browser-onerror.envelope",
      "ReferenceError: undefinedFn is not defined",
      "renderWidget(<anonymous>)",
    ],
  ])("%s → %s | %s", (file, title, culprit) => {
    const event = fixture(file);
    expect(issueTitle(event)).toBe(title);
    expect(issueCulprit(event)).toBe(culprit);
  });
});

describe("issueTitle rules", () => {
  it("uses the last exception, the one thrown", () => {
    expect(
      issueTitle({
        exception: {
          values: [
            { type: "Error", value: "cause" },
            { type: "TypeError", value: "thrown" },
          ],
        },
      }),
    ).toBe("TypeError: thrown");
  });

  it("uses the first non-empty line of the value, truncated to 100 characters", () => {
    expect(issueTitle({ exception: { values: [{ type: "E", value: "\nfirst\nsecond" }] } })).toBe(
      "E: first",
    );
    expect(issueTitle({ exception: { values: [{ type: "E", value: "x".repeat(150) }] } })).toBe(
      `E: ${"x".repeat(100)}…`,
    );
  });

  it("shows the type alone without a value, and Error without a type", () => {
    expect(issueTitle({ exception: { values: [{ type: "KeyError" }] } })).toBe("KeyError");
    expect(issueTitle({ exception: { values: [{ value: "boom" }] } })).toBe("Error: boom");
  });

  it("titles a synthetic exception without a type by the message", () => {
    const synthetic = { value: "Order 123 failed", mechanism: { synthetic: true } };
    expect(issueTitle({ message: "Order 123 failed", exception: { values: [synthetic] } })).toBe(
      "Order 123 failed",
    );
    expect(issueTitle({ exception: { values: [synthetic] } })).toBe("Order 123 failed");
  });

  it("titles messages by their formatted first line", () => {
    expect(
      issueTitle({ logentry: { message: "Order %s failed", formatted: "Order 7 failed" } }),
    ).toBe("Order 7 failed");
    expect(issueTitle({ message: "  line one\nline two" })).toBe("line one");
    expect(issueTitle({})).toBe("<unlabeled event>");
  });
});

describe("issueCulprit rules", () => {
  const frames = [
    { module: "express", function: "handle", in_app: false },
    { module: "shop.cart", function: "total", in_app: true },
    { module: "lodash", function: "map", in_app: false },
  ];

  it("prefers the SDK's culprit, then the transaction", () => {
    expect(issueCulprit({ culprit: "legacy", transaction: "POST /pay" })).toBe("legacy");
    expect(
      issueCulprit({
        transaction: "POST /pay",
        exception: { values: [{ type: "E", stacktrace: { frames } }] },
      }),
    ).toBe("POST /pay");
  });

  it("names the innermost in-app frame, in each platform's style", () => {
    expect(
      issueCulprit({
        platform: "node",
        exception: { values: [{ type: "E", stacktrace: { frames } }] },
      }),
    ).toBe("total(shop.cart)");
    expect(
      issueCulprit({
        platform: "python",
        exception: { values: [{ type: "E", stacktrace: { frames } }] },
      }),
    ).toBe("shop.cart in total");
    expect(issueCulprit({ platform: "cocoa", stacktrace: { frames } })).toBe("total");
  });

  it("falls back to the innermost frame, then the request URL", () => {
    const system = frames.map((frame) => ({ ...frame, in_app: false }));
    expect(
      issueCulprit({
        platform: "python",
        exception: { values: [{ type: "E", stacktrace: { frames: system } }] },
      }),
    ).toBe("lodash in map");
    expect(
      issueCulprit({
        platform: "javascript",
        request: { url: "https://shop.example.com/cart" },
        message: "x",
      }),
    ).toBe("https://shop.example.com/cart");
  });

  it("is truncated to 200 characters", () => {
    expect(issueCulprit({ transaction: "t".repeat(250) })).toBe(`${"t".repeat(200)}…`);
  });
});

describe("issueMetadata", () => {
  it("describes the thrown exception and where it happened", () => {
    expect(issueMetadata(fixture("node-capture-exception.envelope"))).toEqual({
      type: "TypeError",
      value: "Cannot process order 123",
      filename: "/srv/checkout/probe-node.js",
      function: "level3",
      in_app_frame_mix: "mixed",
    });
    expect(issueMetadata(fixture("browser-onerror.envelope")).in_app_frame_mix).toBe("in-app-only");
  });

  it("leaves the invented type out for synthetic exceptions", () => {
    expect(issueMetadata(fixture("node-capture-string.envelope"))).toMatchObject({
      value: "plain string thrown",
    });
    expect(issueMetadata(fixture("node-capture-string.envelope")).type).toBeUndefined();
  });

  it("carries the message for message events", () => {
    expect(issueMetadata({ message: "Disk almost full" })).toEqual({ value: "Disk almost full" });
  });
});

describe("isUnhandled", () => {
  it.each([
    ["node-uncaught-exception.envelope", true],
    ["node-unhandled-rejection.envelope", true],
    ["browser-onerror.envelope", true],
    ["browser-uncaught-error-settimeout.envelope", true],
    ["node-capture-exception.envelope", false],
    ["node-capture-message.envelope", false],
  ])("%s → %s", (file, unhandled) => {
    expect(isUnhandled(fixture(file))).toBe(unhandled);
  });
});
