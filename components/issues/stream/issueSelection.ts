/**
 * Which rows of the current page are ticked. Shift-click ticks (or unticks) the whole range from
 * the last clicked row, like a file manager; the range takes the state the clicked row gets.
 */

export type IssueSelection = { ids: ReadonlySet<number>; anchor: number | null };

export const EMPTY_SELECTION: IssueSelection = { ids: new Set(), anchor: null };

export function toggleIssue(
  selection: IssueSelection,
  pageIds: readonly number[],
  id: number,
  withRange: boolean,
): IssueSelection {
  const select = !selection.ids.has(id);
  const next = new Set(selection.ids);
  const from = selection.anchor === null ? -1 : pageIds.indexOf(selection.anchor);
  const to = pageIds.indexOf(id);
  const range =
    withRange && from !== -1 && to !== -1
      ? pageIds.slice(Math.min(from, to), Math.max(from, to) + 1)
      : [id];
  for (const each of range) {
    if (select) next.add(each);
    else next.delete(each);
  }
  return { ids: next, anchor: id };
}

export function setPageSelected(pageIds: readonly number[], selected: boolean): IssueSelection {
  return { ids: new Set(selected ? pageIds : []), anchor: null };
}

/** Drops ids no longer on the page (after a refetch), so actions never touch hidden rows. */
export function selectionOnPage(
  selection: IssueSelection,
  pageIds: readonly number[],
): IssueSelection {
  const onPage = new Set(pageIds);
  const ids = new Set([...selection.ids].filter((id) => onPage.has(id)));
  if (ids.size === selection.ids.size) return selection;
  return {
    ids,
    anchor: selection.anchor !== null && onPage.has(selection.anchor) ? selection.anchor : null,
  };
}

export function pageSelectionState(
  selection: IssueSelection,
  pageIds: readonly number[],
): "none" | "some" | "all" {
  const count = pageIds.filter((id) => selection.ids.has(id)).length;
  if (count === 0) return "none";
  return count === pageIds.length ? "all" : "some";
}
