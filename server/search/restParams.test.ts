import { describe, expect, it } from "vitest";
import { parseRestStreamRequest } from "./restParams";

const parse = (search: string) => parseRestStreamRequest(new URLSearchParams(search));

describe("parseRestStreamRequest", () => {
  it("lists unresolved issues of all time, newest first, 100 a page, without parameters", () => {
    const result = parse("");
    expect(result).toMatchObject({
      ok: true,
      value: { params: { query: "is:unresolved", sort: "date" }, cursor: null, limit: 100 },
    });
    // The same period on every request, so a cursor from one page fits the next.
    expect(result).toEqual(parse(""));
  });

  it("keeps an explicitly empty query (every status) and reads the other parameters", () => {
    expect(parse("query=&sort=freq&environment=prod&statsPeriod=24h&limit=5&cursor=abc")).toEqual({
      ok: true,
      value: {
        params: { query: "", sort: "freq", environment: "prod", period: "24h" },
        cursor: "abc",
        limit: 5,
      },
    });
    expect(parse("start=2026-01-01T00:00:00Z&end=2026-01-02T00:00:00Z")).toMatchObject({
      ok: true,
      value: {
        params: {
          period: {
            start: new Date("2026-01-01T00:00:00Z"),
            end: new Date("2026-01-02T00:00:00Z"),
          },
        },
      },
    });
  });

  it("refuses what it cannot honour, with a reason", () => {
    expect(parse("sort=priority")).toEqual({
      ok: false,
      message: 'Unsupported sort "priority"; use date, new, freq, user',
    });
    expect(parse("environment=a&environment=b")).toMatchObject({ ok: false });
    expect(parse("statsPeriod=90d")).toMatchObject({ ok: false });
    expect(parse("start=2026-01-02&end=2026-01-01")).toEqual({
      ok: false,
      message: "start must be before end",
    });
    expect(parse("start=yesterday&end=today")).toMatchObject({ ok: false });
    expect(parse("limit=0")).toMatchObject({ ok: false });
    expect(parse("limit=ten")).toMatchObject({ ok: false });
  });
});
