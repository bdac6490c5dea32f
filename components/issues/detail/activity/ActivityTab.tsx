"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Button } from "@/components/ui/Button";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableSkeleton } from "@/components/ui/TableSkeleton";
import { ActivityEntry } from "./ActivityEntry";
import { CommentForm } from "./CommentForm";

/** The comment box, then everything that happened to the issue, newest first. */
export function ActivityTab({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const activity = useInfiniteQuery(
    trpc.issueDetail.activity.infiniteQueryOptions(
      { orgSlug, issueId, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.issueDetail.activity.pathFilter()),
      queryClient.invalidateQueries(trpc.issueDetail.get.queryFilter({ orgSlug, issueId })),
    ]);
  const add = useMutation(trpc.issueDetail.addComment.mutationOptions({ onSuccess: refresh }));

  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <CommentForm
        submitLabel="Comment"
        pending={add.isPending}
        error={add.error ? trpcErrorMessage(add.error) : null}
        onSubmit={(text) => add.mutateAsync({ orgSlug, issueId, text })}
      />
      {activity.isPending ? (
        <TableSkeleton label="Loading activity" />
      ) : activity.error ? (
        <ErrorState
          title="Activity could not be loaded"
          message={trpcErrorMessage(activity.error)}
          onRetry={() => void activity.refetch()}
        />
      ) : (
        <>
          <ol
            aria-label="Activity"
            className="relative flex flex-col gap-4 border-l border-line pl-6 ml-3"
          >
            {activity.data.pages
              .flatMap((page) => page.items)
              .map((item) => (
                <ActivityEntry
                  key={item.id}
                  item={item}
                  orgSlug={orgSlug}
                  issueId={issueId}
                  onChanged={refresh}
                />
              ))}
          </ol>
          {activity.hasNextPage ? (
            <Button
              className="self-start"
              pending={activity.isFetchingNextPage}
              onClick={() => void activity.fetchNextPage()}
            >
              Show older activity
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}
