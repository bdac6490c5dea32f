"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { forgetIssues } from "./forgetIssues";

/** `issueActions.delete`; deleted issues' cached pages are dropped, the stream refetched; errors are shown by the dialog that asked. */
export function useIssueDelete() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.issueActions.delete.mutationOptions({
      onSuccess: (_result, input) => {
        if ("ids" in input.target) {
          forgetIssues(queryClient, trpc.issueDetail.pathKey(), input.target.ids);
        }
      },
      onSettled: () => queryClient.invalidateQueries(trpc.issues.pathFilter()),
    }),
  );
}
