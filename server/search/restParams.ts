import {
  DEFAULT_STREAM_QUERY,
  STREAM_PERIODS,
  STREAM_SORTS,
  type IssueStreamParams,
} from "./streamParams";

/** Sentry's list routes answer 100 issues when no `limit` is given (ours always did). */
export const REST_PAGE_DEFAULT = 100;

/** No period given: every issue, as the same value on every page (cursors are bound to it). */
const WHOLE_HISTORY = { start: new Date(0), end: new Date(Date.UTC(9999, 11, 31)) };

export interface RestStreamRequest {
  /** Everything but `projects`, which each route fills in. */
  params: Omit<IssueStreamParams, "projects">;
  cursor: string | null;
  limit: number;
}

export type RestStreamParse =
  { ok: true; value: RestStreamRequest } | { ok: false; message: string };

/**
 * The query string of Sentry's issue list routes → stream parameters: `query` (absent means
 * `is:unresolved`, explicitly empty means every status), `sort`, `environment`, `statsPeriod`
 * or `start` + `end` (no period: the whole history), `limit`, `cursor`. Pure.
 */
export function parseRestStreamRequest(search: URLSearchParams): RestStreamParse {
  const sort = search.get("sort") ?? "date";
  if (!(STREAM_SORTS as readonly string[]).includes(sort)) {
    return { ok: false, message: `Unsupported sort "${sort}"; use ${STREAM_SORTS.join(", ")}` };
  }
  const environments = search.getAll("environment").filter((name) => name !== "");
  if (environments.length > 1) {
    return { ok: false, message: "Give at most one environment" };
  }

  let period: IssueStreamParams["period"] = WHOLE_HISTORY;
  const statsPeriod = search.get("statsPeriod");
  const start = search.get("start");
  const end = search.get("end");
  if (start !== null || end !== null) {
    const range = { start: new Date(start ?? ""), end: new Date(end ?? "") };
    if (Number.isNaN(range.start.getTime()) || Number.isNaN(range.end.getTime())) {
      return { ok: false, message: "start and end must both be ISO 8601 times" };
    }
    if (range.start >= range.end) return { ok: false, message: "start must be before end" };
    period = range;
  } else if (statsPeriod !== null && statsPeriod !== "") {
    if (!(STREAM_PERIODS as readonly string[]).includes(statsPeriod)) {
      return {
        ok: false,
        message: `Unsupported statsPeriod "${statsPeriod}"; use ${STREAM_PERIODS.join(", ")}`,
      };
    }
    period = statsPeriod as (typeof STREAM_PERIODS)[number];
  }

  const rawLimit = search.get("limit");
  const limit = rawLimit === null ? REST_PAGE_DEFAULT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) {
    return { ok: false, message: "limit must be a positive whole number" };
  }
  const [environment] = environments;
  return {
    ok: true,
    value: {
      params: {
        query: search.get("query") ?? DEFAULT_STREAM_QUERY,
        period,
        sort: sort as IssueStreamParams["sort"],
        ...(environment === undefined ? {} : { environment }),
      },
      cursor: search.get("cursor") || null,
      limit,
    },
  };
}
