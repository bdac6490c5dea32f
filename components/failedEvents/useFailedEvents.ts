"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** The organization's failed events, newest first, with replay and discard that refresh the list. */
export function useFailedEvents(orgSlug: string, enabled: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(
    trpc.failedEvents.list.infiniteQueryOptions(
      { orgSlug, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor, enabled },
    ),
  );
  const refresh = () => queryClient.invalidateQueries(trpc.failedEvents.list.infiniteQueryFilter());
  const replay = useMutation(trpc.failedEvents.replay.mutationOptions({ onSettled: refresh }));
  const discard = useMutation(trpc.failedEvents.discard.mutationOptions({ onSettled: refresh }));
  return { list, replay, discard };
}
