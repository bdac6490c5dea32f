import type { QueryClient, QueryKey } from "@tanstack/react-query";

/**
 * Drops cached pages of issues that no longer exist (deleted, or merged into another), so
 * nothing refetches them into a "not found" error; `detailKey` is `issueDetail`'s path key.
 */
export function forgetIssues(
  queryClient: QueryClient,
  detailKey: QueryKey,
  ids: readonly number[],
) {
  const gone = new Set(ids);
  queryClient.removeQueries({
    queryKey: detailKey,
    predicate: (query) => {
      const input = (query.queryKey[1] as { input?: { issueId?: unknown } } | undefined)?.input;
      return typeof input?.issueId === "number" && gone.has(input.issueId);
    },
  });
}
