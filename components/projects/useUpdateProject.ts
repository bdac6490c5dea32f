"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** `projects.update` for one project, refreshing the project and the project list afterwards. */
export function useUpdateProject() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.projects.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.projects.get.queryFilter()),
          queryClient.invalidateQueries(trpc.projects.list.queryFilter()),
        ]),
    }),
  );
}
