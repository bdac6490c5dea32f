"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import type { streamQueryParams } from "./streamUrl";

/** How often the stream asks whether anything changed since it was loaded. */
export const CHANGES_POLL_MS = 10_000;

/**
 * New and updated issues since the list on screen was loaded, for the "N new" banner. Polls only
 * while the tab is visible (React Query pauses intervals in background tabs); the list itself is
 * never refetched behind the user's back, so rows do not move under the pointer.
 */
export function useStreamChanges(
  orgSlug: string,
  params: ReturnType<typeof streamQueryParams>,
  loadedAt: number,
  enabled: boolean,
): { newIssues: number; updatedIssues: number } {
  const trpc = useTRPC();
  const changes = useQuery({
    ...trpc.issues.changesSince.queryOptions({ orgSlug, ...params, since: new Date(loadedAt) }),
    enabled: enabled && loadedAt > 0,
    refetchInterval: CHANGES_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
    // The first answer comes one interval after loading: the page itself is fresh.
    initialData: { newIssues: 0, updatedIssues: 0 },
    initialDataUpdatedAt: loadedAt,
  });
  return changes.data;
}
