import type { AssigneeView, IssueChange } from "./actionIssue";

/** The fields of a cached issue (stream row or detail header) a change touches. */
export interface PatchableIssue {
  id: number;
  status: "unresolved" | "resolved" | "ignored";
  substatus?: string | null;
  statusDetails?: Record<string, unknown>;
  isReviewed: boolean;
  assignee: AssigneeView | null;
}

/**
 * How an issue looks right after the change, before the server answers: the status, review
 * flag or assignee the user picked. Counters and ignore baselines stay as they are until the
 * refetch brings the server's values.
 */
export function patchIssue<T extends PatchableIssue>(
  issue: T,
  change: IssueChange,
  assignee: AssigneeView | null,
): T {
  if ("isReviewed" in change) return { ...issue, isReviewed: change.isReviewed };
  if ("assignee" in change) return { ...issue, assignee };
  if (change.status === "ignored") {
    return {
      ...issue,
      status: "ignored",
      substatus:
        change.ignore.kind === "forever" ? "archived_forever" : "archived_until_condition_met",
      statusDetails: {},
    };
  }
  if (change.status === "unresolved") {
    return { ...issue, status: "unresolved", substatus: "ongoing", statusDetails: {} };
  }
  return { ...issue, status: "resolved", statusDetails: {} };
}

type IssuePatch = (issue: PatchableIssue) => PatchableIssue;

/**
 * A cached `issues.list` answer with the chosen issues patched: a single page (`{issues}`) or an
 * infinite query's pages (`{pages: [{issues}]}`). Anything else is returned untouched.
 */
export function patchIssueList(
  data: unknown,
  chosen: (issue: PatchableIssue) => boolean,
  patch: IssuePatch,
): unknown {
  if (typeof data !== "object" || data === null) return data;
  if ("pages" in data && Array.isArray(data.pages)) {
    return { ...data, pages: data.pages.map((page: unknown) => patchPage(page, chosen, patch)) };
  }
  return patchPage(data, chosen, patch);
}

function patchPage(
  page: unknown,
  chosen: (issue: PatchableIssue) => boolean,
  patch: IssuePatch,
): unknown {
  if (typeof page !== "object" || page === null || !("issues" in page)) return page;
  if (!Array.isArray(page.issues)) return page;
  return {
    ...page,
    issues: page.issues.map((issue: PatchableIssue) => (chosen(issue) ? patch(issue) : issue)),
  };
}

const STREAM_PARAM_KEYS = ["query", "projects", "environment", "period", "sort"] as const;

/**
 * Whether a cached `issues.list` query (its tRPC key) lists the same stream as `params`: with an
 * "all N matching this query" target, every row of such a page is one the change applies to.
 */
export function isSameStream(
  queryKey: readonly unknown[],
  params: Record<string, unknown>,
): boolean {
  const input = (queryKey[1] as { input?: Record<string, unknown> } | undefined)?.input;
  if (input === undefined) return false;
  return STREAM_PARAM_KEYS.every(
    (key) => JSON.stringify(input[key] ?? null) === JSON.stringify(params[key] ?? null),
  );
}
