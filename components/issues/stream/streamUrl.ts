/**
 * The issue stream keeps all of its state in the URL so a link shows the same list to a colleague
 * and Back undoes a filter change. These pure functions translate between the address bar and
 * the stream's parameters; defaults are left out of the URL to keep links short.
 *
 * `project` is repeated for several projects; `-1` means every project (Sentry's spelling, and it
 * cannot be a slug); no `project` means "my projects". `cursor` is repeated too: the cursors of
 * the pages walked through, the last one being the current page, so Previous is a pop.
 */

export const STREAM_PERIODS = ["24h", "7d", "14d", "30d"] as const;
export const STREAM_SORTS = ["date", "new", "freq", "user"] as const;
export const GRAPH_PERIODS = ["24h", "14d"] as const;

export type StreamRelativePeriod = (typeof STREAM_PERIODS)[number];
export type StreamPeriod = StreamRelativePeriod | { start: Date; end: Date };
export type StreamSort = (typeof STREAM_SORTS)[number];
export type GraphPeriod = (typeof GRAPH_PERIODS)[number];
export type StreamProjects = "my" | "all" | string[];

export type StreamUrlState = {
  query: string;
  projects: StreamProjects;
  environment: string | null;
  period: StreamPeriod;
  sort: StreamSort;
  /** Cursors of the pages walked through; empty on the first page. */
  cursors: string[];
  graph: GraphPeriod;
};

export const DEFAULT_QUERY = "is:unresolved";
const DEFAULT_PERIOD: StreamRelativePeriod = "14d";
export const ALL_PROJECTS_PARAM = "-1";

export const DEFAULT_STREAM_STATE: StreamUrlState = {
  query: DEFAULT_QUERY,
  projects: "my",
  environment: null,
  period: DEFAULT_PERIOD,
  sort: "date",
  cursors: [],
  graph: "24h",
};

type ReadableParams = { get(name: string): string | null; getAll(name: string): string[] };

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function periodFromParams(params: ReadableParams): StreamPeriod {
  const start = parseDate(params.get("start"));
  const end = parseDate(params.get("end"));
  if (start && end && start < end) return { start, end };
  return oneOf(STREAM_PERIODS, params.get("period"), DEFAULT_PERIOD);
}

function projectsFromParams(params: ReadableParams): StreamProjects {
  const values = params.getAll("project").filter((value) => value.trim() !== "");
  if (values.length === 0) return "my";
  if (values.includes(ALL_PROJECTS_PARAM)) return "all";
  return [...new Set(values)];
}

/** The stream's state from a URL's search parameters; anything unreadable falls back to its default. */
export function streamStateFromSearchParams(params: ReadableParams): StreamUrlState {
  return {
    // An absent `query` is the default search; `query=` (empty) deliberately shows every status.
    query: params.get("query") ?? DEFAULT_QUERY,
    projects: projectsFromParams(params),
    environment: params.get("environment") || null,
    period: periodFromParams(params),
    sort: oneOf(STREAM_SORTS, params.get("sort"), DEFAULT_STREAM_STATE.sort),
    cursors: params.getAll("cursor").filter((cursor) => cursor !== ""),
    graph: oneOf(GRAPH_PERIODS, params.get("graph"), DEFAULT_STREAM_STATE.graph),
  };
}

/** The URL search parameters for a state, defaults omitted. */
export function streamSearchParams(state: StreamUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== DEFAULT_QUERY) params.set("query", state.query);
  if (state.projects === "all") params.append("project", ALL_PROJECTS_PARAM);
  else if (state.projects !== "my")
    for (const slug of state.projects) params.append("project", slug);
  if (state.environment) params.set("environment", state.environment);
  if (typeof state.period === "string") {
    if (state.period !== DEFAULT_PERIOD) params.set("period", state.period);
  } else {
    params.set("start", state.period.start.toISOString());
    params.set("end", state.period.end.toISOString());
  }
  if (state.sort !== DEFAULT_STREAM_STATE.sort) params.set("sort", state.sort);
  if (state.graph !== DEFAULT_STREAM_STATE.graph) params.set("graph", state.graph);
  for (const cursor of state.cursors) params.append("cursor", cursor);
  return params;
}

/** `pathname?params`, or the bare pathname when everything is at its default. */
export function streamHref(pathname: string, state: StreamUrlState): string {
  const search = streamSearchParams(state).toString();
  return search ? `${pathname}?${search}` : pathname;
}

/**
 * A user's change to the filters: any change other than paging or the graph starts again from the
 * first page, because the old cursors belong to another list.
 */
export function changeStreamState(
  state: StreamUrlState,
  change: Partial<Omit<StreamUrlState, "cursors">>,
): StreamUrlState {
  const graphOnly = Object.keys(change).every((key) => key === "graph");
  return { ...state, ...change, cursors: graphOnly ? state.cursors : [] };
}

export function nextPageState(state: StreamUrlState, nextCursor: string): StreamUrlState {
  return { ...state, cursors: [...state.cursors, nextCursor] };
}

export function previousPageState(state: StreamUrlState): StreamUrlState {
  return { ...state, cursors: state.cursors.slice(0, -1) };
}

/** The parameters `issues.list` and friends take (the contract's `issueStreamParams`). */
export function streamQueryParams(state: StreamUrlState) {
  return {
    query: state.query,
    projects: state.projects,
    ...(state.environment ? { environment: state.environment } : {}),
    period: state.period,
    sort: state.sort,
  };
}

/** The current page's cursor for `issues.list`, if not on the first page. */
export function currentCursor(state: StreamUrlState): string | undefined {
  return state.cursors.at(-1);
}

/** "Showing 26–50 of 120": the 1-based range of rows on this page. */
export function pageRange(
  pageIndex: number,
  pageSize: number,
  rowsOnPage: number,
): { first: number; last: number } {
  const first = pageIndex * pageSize + 1;
  return { first: rowsOnPage === 0 ? 0 : first, last: pageIndex * pageSize + rowsOnPage };
}

/** Whether the state narrows the list beyond the defaults (offers "clear filters" when empty). */
export function hasFilters(state: StreamUrlState): boolean {
  return (
    state.query !== DEFAULT_QUERY ||
    state.projects !== "my" ||
    state.environment !== null ||
    state.period !== DEFAULT_PERIOD
  );
}

/** Back to the defaults, keeping the sort and graph the user picked. */
export function clearedFilters(state: StreamUrlState): StreamUrlState {
  return { ...DEFAULT_STREAM_STATE, sort: state.sort, graph: state.graph };
}
