import { describe, expect, it } from "vitest";
import { eventLogEntry } from "./logEntry";

describe("eventLogEntry", () => {
  it("turns a plain message string into the formatted text", () => {
    expect(eventLogEntry({ message: "Order 123 failed" })).toEqual({
      formatted: "Order 123 failed",
    });
  });

  it("formats a logentry template with its params (Sentry.parameterize)", () => {
    expect(
      eventLogEntry({ logentry: { message: "Order %s failed for %s", params: [123, "jane"] } }),
    ).toEqual({
      formatted: "Order 123 failed for jane",
      message: "Order %s failed for %s",
      params: [123, "jane"],
    });
  });

  it("supports {0}-style params and the legacy sentry.interfaces.Message key", () => {
    expect(
      eventLogEntry({ "sentry.interfaces.Message": { message: "User {0} blocked", params: [7] } }),
    ).toMatchObject({ formatted: "User 7 blocked", message: "User {0} blocked" });
  });

  it("accepts message as an object and keeps an SDK-formatted text", () => {
    expect(
      eventLogEntry({ message: { message: "a %s", params: ["b"], formatted: "A B" } }),
    ).toMatchObject({ formatted: "A B", message: "a %s" });
  });

  it("returns nothing when there is no message", () => {
    expect(eventLogEntry({})).toBeUndefined();
    expect(eventLogEntry({ message: "   " })).toBeUndefined();
  });
});
