import { describe, expect, it } from "vitest";
import { eventBreadcrumbs } from "./breadcrumbs";

describe("eventBreadcrumbs", () => {
  it("accepts the JS SDK's bare array and the spec's {values}", () => {
    const crumb = { timestamp: 1795348827.964, category: "auth", message: "User logged in" };
    expect(eventBreadcrumbs([crumb], 0)).toEqual({ values: [crumb] });
    expect(eventBreadcrumbs({ values: [crumb] }, 0)).toEqual({ values: [crumb] });
  });

  it("normalizes timestamps to float seconds, with the event's clock drift", () => {
    const result = eventBreadcrumbs([{ timestamp: "2026-11-22T12:00:00Z", level: "warn" }], 10);
    expect(result?.values[0]).toEqual({
      timestamp: Date.parse("2026-11-22T12:00:00Z") / 1000 + 10,
      level: "warning",
    });
  });

  it("keeps the last 100", () => {
    const crumbs = Array.from({ length: 150 }, (_, index) => ({ message: `m${index}` }));
    const values = eventBreadcrumbs(crumbs, 0)?.values ?? [];
    expect(values).toHaveLength(100);
    expect(values[0]?.message).toBe("m50");
    expect(values[99]?.message).toBe("m149");
  });

  it("ignores what is not a list of breadcrumbs", () => {
    expect(eventBreadcrumbs("nope", 0)).toBeUndefined();
    expect(eventBreadcrumbs([1, null], 0)).toBeUndefined();
  });
});
