import { describe, expect, it } from "vitest";
import {
  environmentRows,
  hourlyCounts,
  issueTotals,
  issueUserRows,
  releaseSpans,
  tagValueCounts,
  type StoredEvent,
} from "./batchTotals";

const base = Date.parse("2026-11-23T10:00:00Z");

function stored(issueId: number, minutes: number, extra: Partial<StoredEvent> = {}): StoredEvent {
  return {
    issueId,
    projectId: 1,
    organizationId: "org",
    eventId: `${issueId}-${minutes}`,
    timestamp: new Date(base + minutes * 60_000),
    receivedAt: new Date(base),
    level: "error",
    platform: "node",
    environment: "production",
    title: `t${minutes}`,
    culprit: "",
    message: "",
    metadata: {},
    isUnhandled: false,
    tags: [],
    data: "{}",
    size: 2,
    grouping: { hash: "h", variant: "app", values: [] },
    ...extra,
  };
}

describe("batch totals", () => {
  it("per issue: count, first and last seen, the latest event, unhandled if any was", () => {
    const totals = issueTotals([
      stored(7, 30, { level: "warning" }),
      stored(3, 0),
      stored(7, 90, { level: "fatal", isUnhandled: true }),
      stored(7, 10),
    ]);
    expect(totals.map((t) => t.issueId)).toEqual([3, 7]);
    const seven = totals[1]!;
    expect(seven.events).toBe(3);
    expect(seven.firstSeen.toISOString()).toBe("2026-11-23T10:10:00.000Z");
    expect(seven.lastSeen.toISOString()).toBe("2026-11-23T11:30:00.000Z");
    expect(seven.latest.level).toBe("fatal");
    expect(seven.isUnhandled).toBe(true);
  });

  it("hourly counts by the events' own hour, in key order", () => {
    expect(
      hourlyCounts([stored(2, 70), stored(1, 5), stored(2, 10), stored(2, 65)]).map((row) => [
        row.issueId,
        row.hour.toISOString(),
        row.count,
      ]),
    ).toEqual([
      [1, "2026-11-23T10:00:00.000Z", 1],
      [2, "2026-11-23T10:00:00.000Z", 1],
      [2, "2026-11-23T11:00:00.000Z", 2],
    ]);
  });

  it("tag value counts with first and last seen", () => {
    const rows = tagValueCounts([
      stored(1, 20, {
        tags: [
          ["browser", "Chrome"],
          ["os", "Linux"],
        ],
      }),
      stored(1, 5, { tags: [["browser", "Chrome"]] }),
      stored(1, 9, { tags: [["browser", "Firefox"]] }),
    ]);
    expect(rows.map((r) => [r.key, r.value, r.count])).toEqual([
      ["browser", "Chrome", 2],
      ["browser", "Firefox", 1],
      ["os", "Linux", 1],
    ]);
    expect(rows[0]!.firstSeen.toISOString()).toBe("2026-11-23T10:05:00.000Z");
    expect(rows[0]!.lastSeen.toISOString()).toBe("2026-11-23T10:20:00.000Z");
  });

  it("one issue-user row per distinct user, first seen at their earliest event", () => {
    const rows = issueUserRows([
      stored(1, 8, { userKey: "id:b" }),
      stored(1, 3, { userKey: "id:b" }),
      stored(1, 4, { userKey: "id:a" }),
      stored(1, 5),
    ]);
    expect(rows.map((r) => [r.userKey, r.firstSeen.getUTCMinutes()])).toEqual([
      ["id:a", 4],
      ["id:b", 3],
    ]);
  });

  it("environments and release spans", () => {
    const events = [
      stored(1, 30, { release: "web@2" }),
      stored(1, 2, { release: "web@2", environment: "staging" }),
      stored(1, 9, { release: "web@1" }),
    ];
    expect(environmentRows(events).map((r) => r.name)).toEqual(["production", "staging"]);
    expect(
      releaseSpans(events).map((s) => [
        s.version,
        s.firstEvent.getUTCMinutes(),
        s.lastEvent.getUTCMinutes(),
      ]),
    ).toEqual([
      ["web@1", 9, 9],
      ["web@2", 2, 30],
    ]);
  });
});
