"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useToast } from "@/components/ui/Toast";
import type { ActionTarget, AssigneeView, IssueChange } from "./actionIssue";
import { changeDoneMessage } from "./actionMessages";
import { isSameStream, patchIssue, patchIssueList, type PatchableIssue } from "./optimisticIssue";

export interface IssueUpdateVariables {
  target: ActionTarget;
  change: IssueChange;
  /** For an assignment: who, as the rows will show them. */
  assignee?: AssigneeView | null;
  /** "WEB-1A" or "3 issues", for the toast. */
  label: string;
}

/**
 * `issueActions.update` with optimistic rows: cached stream pages and issue headers show the new
 * status, review flag or assignee at once, go back if the server refuses (with an error toast),
 * and are refetched when it answers. Rows that no longer match the stream's `is:` filter stay,
 * with their new status, until that refetch. With a query target, every cached row of that same
 * stream changes before the answer; the refetch brings the rest.
 */
export function useIssueUpdate(orgSlug: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const toast = useToast();
  // Every cached stream page and issue header, whatever their inputs.
  const streamKey = trpc.issues.list.pathKey();
  const detailKey = trpc.issueDetail.get.pathKey();

  return useMutation({
    mutationFn: ({ target, change }: IssueUpdateVariables) =>
      client.issueActions.update.mutate({ orgSlug, target, change }),
    onMutate: async ({ target, change, assignee = null }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: streamKey }),
        queryClient.cancelQueries({ queryKey: detailKey }),
      ]);
      const snapshot = [
        ...queryClient.getQueriesData({ queryKey: streamKey }),
        ...queryClient.getQueriesData({ queryKey: detailKey }),
      ];
      const patch = (issue: PatchableIssue) => patchIssue(issue, change, assignee);
      if ("ids" in target) {
        const ids = new Set(target.ids);
        const chosen = (issue: PatchableIssue) => ids.has(issue.id);
        queryClient.setQueriesData({ queryKey: streamKey }, (data: unknown) =>
          patchIssueList(data, chosen, patch),
        );
        queryClient.setQueriesData({ queryKey: detailKey }, (data: unknown) =>
          isPatchable(data) && ids.has(data.id) ? patch(data) : data,
        );
      } else {
        queryClient.setQueriesData(
          {
            queryKey: streamKey,
            predicate: (query) => isSameStream(query.queryKey, target.query),
          },
          (data: unknown) => patchIssueList(data, () => true, patch),
        );
      }
      return { snapshot };
    },
    onError: (error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      toast.error(trpcErrorMessage(error));
    },
    onSuccess: (_result, { change, assignee = null, label }) => {
      toast.success(changeDoneMessage(change, label, assignee));
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.issues.pathFilter()),
        queryClient.invalidateQueries(trpc.issueDetail.pathFilter()),
      ]),
  });
}

function isPatchable(data: unknown): data is PatchableIssue {
  return typeof data === "object" && data !== null && "id" in data && "status" in data;
}
