import { describe, expect, it } from "vitest";
import {
  DEFAULT_STREAM_STATE,
  changeStreamState,
  clearedFilters,
  currentCursor,
  hasFilters,
  nextPageState,
  pageRange,
  previousPageState,
  streamHref,
  streamQueryParams,
  streamSearchParams,
  streamStateFromSearchParams,
  type StreamUrlState,
} from "./streamUrl";

const parse = (search: string) => streamStateFromSearchParams(new URLSearchParams(search));

describe("streamStateFromSearchParams", () => {
  it("gives the defaults for a bare URL: unresolved issues of my projects over 14 days", () => {
    expect(parse("")).toEqual(DEFAULT_STREAM_STATE);
    expect(DEFAULT_STREAM_STATE.query).toBe("is:unresolved");
  });

  it("tells an absent query (the default search) from an empty one (every status)", () => {
    expect(parse("").query).toBe("is:unresolved");
    expect(parse("query=").query).toBe("");
    expect(parse("query=level%3Aerror+%21browser%3A%22Chrome+120%22").query).toBe(
      'level:error !browser:"Chrome 120"',
    );
  });

  it("reads repeated projects, -1 as every project, and drops duplicates and blanks", () => {
    expect(parse("project=web&project=api&project=web&project=").projects).toEqual(["web", "api"]);
    expect(parse("project=-1").projects).toBe("all");
    expect(parse("project=web&project=-1").projects).toBe("all");
    expect(parse("project=").projects).toBe("my");
  });

  it("reads a custom range and ignores one that is unreadable or backwards", () => {
    expect(parse("start=2026-11-01T00:00:00.000Z&end=2026-11-02T00:00:00.000Z").period).toEqual({
      start: new Date("2026-11-01T00:00:00.000Z"),
      end: new Date("2026-11-02T00:00:00.000Z"),
    });
    expect(parse("start=yesterday&end=2026-11-02T00:00:00.000Z&period=7d").period).toBe("7d");
    expect(parse("start=2026-11-03T00:00:00Z&end=2026-11-02T00:00:00Z").period).toBe("14d");
  });

  it("falls back to defaults for unknown period, sort and graph values", () => {
    const state = parse("period=90d&sort=priority&graph=30d&environment=");
    expect(state.period).toBe("14d");
    expect(state.sort).toBe("date");
    expect(state.graph).toBe("24h");
    expect(state.environment).toBeNull();
  });

  it("keeps the cursor stack in order", () => {
    expect(parse("cursor=a&cursor=b").cursors).toEqual(["a", "b"]);
    expect(currentCursor(parse("cursor=a&cursor=b"))).toBe("b");
    expect(currentCursor(parse(""))).toBeUndefined();
  });
});

describe("streamSearchParams", () => {
  it("leaves every default out of the URL", () => {
    expect(streamSearchParams(DEFAULT_STREAM_STATE).toString()).toBe("");
    expect(streamHref("/acme/issues", DEFAULT_STREAM_STATE)).toBe("/acme/issues");
  });

  it("round-trips every kind of state", () => {
    const states: StreamUrlState[] = [
      {
        query: "",
        projects: "all",
        environment: "production",
        period: "30d",
        sort: "freq",
        cursors: ["c1", "c2"],
        graph: "14d",
      },
      {
        query: 'assigned:me message:"a b & c"',
        projects: ["web", "api"],
        environment: null,
        period: { start: new Date("2026-11-01T10:00:00Z"), end: new Date("2026-11-03T10:00:00Z") },
        sort: "user",
        cursors: [],
        graph: "24h",
      },
    ];
    for (const state of states) {
      expect(parse(streamSearchParams(state).toString())).toEqual(state);
    }
  });

  it("writes an empty query explicitly so it does not turn back into the default", () => {
    const href = streamHref("/acme/issues", { ...DEFAULT_STREAM_STATE, query: "" });
    expect(href).toBe("/acme/issues?query=");
  });
});

describe("changing the stream", () => {
  const onPageThree = { ...DEFAULT_STREAM_STATE, cursors: ["c1", "c2"] };

  it("goes back to the first page when a filter changes", () => {
    expect(changeStreamState(onPageThree, { sort: "new" }).cursors).toEqual([]);
    expect(changeStreamState(onPageThree, { query: "level:error" }).cursors).toEqual([]);
  });

  it("stays on the page when only the graph period changes", () => {
    const state = changeStreamState(onPageThree, { graph: "14d" });
    expect(state.cursors).toEqual(["c1", "c2"]);
    expect(state.graph).toBe("14d");
  });

  it("pushes and pops cursors for Next and Previous", () => {
    expect(nextPageState(onPageThree, "c3").cursors).toEqual(["c1", "c2", "c3"]);
    expect(previousPageState(onPageThree).cursors).toEqual(["c1"]);
    expect(previousPageState(DEFAULT_STREAM_STATE).cursors).toEqual([]);
  });

  it("clears filters but keeps the chosen sort and graph", () => {
    const state: StreamUrlState = {
      query: "level:error",
      projects: ["web"],
      environment: "staging",
      period: "24h",
      sort: "freq",
      cursors: ["c1"],
      graph: "14d",
    };
    expect(hasFilters(state)).toBe(true);
    const cleared = clearedFilters(state);
    expect(hasFilters(cleared)).toBe(false);
    expect(cleared).toEqual({ ...DEFAULT_STREAM_STATE, sort: "freq", graph: "14d" });
  });
});

describe("streamQueryParams", () => {
  it("passes the filters to the API and leaves out an unset environment", () => {
    expect(streamQueryParams(DEFAULT_STREAM_STATE)).toEqual({
      query: "is:unresolved",
      projects: "my",
      period: "14d",
      sort: "date",
    });
    expect(
      streamQueryParams({ ...DEFAULT_STREAM_STATE, environment: "production" }).environment,
    ).toBe("production");
  });
});

describe("pageRange", () => {
  it("numbers the rows of a page from 1", () => {
    expect(pageRange(0, 25, 25)).toEqual({ first: 1, last: 25 });
    expect(pageRange(1, 25, 25)).toEqual({ first: 26, last: 50 });
    expect(pageRange(2, 25, 7)).toEqual({ first: 51, last: 57 });
    expect(pageRange(0, 25, 0)).toEqual({ first: 0, last: 0 });
  });
});
