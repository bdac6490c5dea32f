"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { forgetIssues } from "./forgetIssues";

/** `issueActions.merge`; the merged-away issues' cached pages are dropped, the rest refetched; errors are shown by the dialog that asked. */
export function useIssueMerge() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.issueActions.merge.mutationOptions({
      onSuccess: (result) =>
        forgetIssues(queryClient, trpc.issueDetail.pathKey(), result.mergedIds),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.issues.pathFilter()),
          queryClient.invalidateQueries(trpc.issueDetail.pathFilter()),
        ]),
    }),
  );
}
