"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Key changes (create, rotate, enable/disable, rate limit); each refreshes the project's DSNs. */
export function useProjectKeyMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.projects.get.queryFilter()),
      queryClient.invalidateQueries(trpc.projects.list.queryFilter()),
    ]);
  return {
    createKey: useMutation(trpc.projects.createKey.mutationOptions({ onSuccess: refresh })),
    rotateKey: useMutation(trpc.projects.rotateKey.mutationOptions({ onSuccess: refresh })),
    setKeyActive: useMutation(trpc.projects.setKeyActive.mutationOptions({ onSuccess: refresh })),
    setKeyRateLimit: useMutation(
      trpc.projects.setKeyRateLimit.mutationOptions({ onSuccess: refresh }),
    ),
  };
}
