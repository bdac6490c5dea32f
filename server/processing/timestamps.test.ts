import { describe, expect, it } from "vitest";
import { clockDriftSeconds, eventTimestamp, parseTimestamp } from "./timestamps";

const received = Date.parse("2026-11-22T12:00:00Z") / 1000;

describe("parseTimestamp", () => {
  it("reads float seconds (JS SDKs) and RFC 3339 strings (other SDKs)", () => {
    expect(parseTimestamp(1795348825.611)).toBe(1795348825.611);
    expect(parseTimestamp("2026-11-22T12:00:00.500Z")).toBe(received + 0.5);
    expect(parseTimestamp("2026-11-22T14:00:00+02:00")).toBe(received);
    expect(parseTimestamp("2026-11-22T12:00:00")).toBe(received);
    expect(parseTimestamp("1795348825.5")).toBe(1795348825.5);
  });

  it("refuses what is not a time", () => {
    expect(parseTimestamp("yesterday")).toBeUndefined();
    expect(parseTimestamp(null)).toBeUndefined();
    expect(parseTimestamp(-5)).toBeUndefined();
    expect(parseTimestamp("2026-13-45T99:00:00Z")).toBeUndefined();
  });
});

describe("eventTimestamp", () => {
  it("uses the receive time when the SDK sent none", () => {
    expect(eventTimestamp(undefined, received, 0)).toBe(received);
  });

  it("keeps a past timestamp and one slightly ahead of the receive time", () => {
    expect(eventTimestamp(received - 3600, received, 0)).toBe(received - 3600);
    expect(eventTimestamp(received + 30, received, 0)).toBe(received + 30);
  });

  it("clamps a timestamp more than a minute in the future to the receive time", () => {
    expect(eventTimestamp(received + 3600, received, 0)).toBe(received);
  });

  it("moves the timestamp by the device's clock drift", () => {
    const sentAt = "2026-11-22T10:00:00Z"; // device clock two hours behind
    const drift = clockDriftSeconds(received, sentAt);
    expect(drift).toBe(7200);
    expect(eventTimestamp(received - 7200 - 5, received, drift)).toBe(received - 5);
  });

  it("ignores small skews and a missing sent_at", () => {
    expect(clockDriftSeconds(received, "2026-11-22T11:59:00Z")).toBe(0);
    expect(clockDriftSeconds(received, null)).toBe(0);
  });
});
