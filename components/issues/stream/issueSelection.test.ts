import { describe, expect, it } from "vitest";
import {
  EMPTY_SELECTION,
  pageSelectionState,
  selectionOnPage,
  setPageSelected,
  toggleIssue,
} from "./issueSelection";

const page = [11, 12, 13, 14, 15];
const ids = (selection: { ids: ReadonlySet<number> }) => [...selection.ids].sort((a, b) => a - b);

describe("toggleIssue", () => {
  it("ticks and unticks one row", () => {
    const ticked = toggleIssue(EMPTY_SELECTION, page, 12, false);
    expect(ids(ticked)).toEqual([12]);
    expect(ids(toggleIssue(ticked, page, 12, false))).toEqual([]);
  });

  it("ticks the range from the last clicked row with shift, in either direction", () => {
    const first = toggleIssue(EMPTY_SELECTION, page, 12, false);
    expect(ids(toggleIssue(first, page, 14, true))).toEqual([12, 13, 14]);
    const fromBottom = toggleIssue(EMPTY_SELECTION, page, 15, false);
    expect(ids(toggleIssue(fromBottom, page, 13, true))).toEqual([13, 14, 15]);
  });

  it("unticks a range when the shift-clicked row was ticked", () => {
    const all = setPageSelected(page, true);
    const anchored = toggleIssue(all, page, 11, false);
    expect(ids(toggleIssue(anchored, page, 13, true))).toEqual([14, 15]);
  });

  it("falls back to a single row when there is no anchor on the page", () => {
    expect(ids(toggleIssue(EMPTY_SELECTION, page, 14, true))).toEqual([14]);
    const stale = { ids: new Set<number>(), anchor: 99 };
    expect(ids(toggleIssue(stale, page, 14, true))).toEqual([14]);
  });
});

describe("page selection", () => {
  it("reports none, some or all of the page", () => {
    expect(pageSelectionState(EMPTY_SELECTION, page)).toBe("none");
    expect(pageSelectionState(toggleIssue(EMPTY_SELECTION, page, 11, false), page)).toBe("some");
    expect(pageSelectionState(setPageSelected(page, true), page)).toBe("all");
    expect(ids(setPageSelected(page, false))).toEqual([]);
  });

  it("forgets rows that left the page", () => {
    const selection = toggleIssue(setPageSelected(page, true), page, 15, false);
    const after = selectionOnPage(selection, [11, 12, 16]);
    expect(ids(after)).toEqual([11, 12]);
    expect(after.anchor).toBeNull();
    const unchanged = setPageSelected([11, 12], true);
    expect(selectionOnPage(unchanged, [11, 12, 16])).toBe(unchanged);
  });
});
