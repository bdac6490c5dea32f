"use client";

import { CircleCheck, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, TableBody, TableHead, TableHeaderCell } from "@/components/ui/Table";
import { TableSkeleton } from "@/components/ui/TableSkeleton";
import { useToast } from "@/components/ui/Toast";
import type { FailedEventView } from "@/server/services/failedEvents";
import { FailedEventRow } from "./FailedEventRow";
import { useFailedEvents } from "./useFailedEvents";

const description =
  "Events the worker could not store after every retry, with the error of the last attempt. " +
  "Replay one once its cause is fixed, or discard it.";

/** Settings → Failed events: the admin view of issue #4's failed list. */
export function FailedEventsSettings() {
  const { slug: orgSlug, canManage } = useCurrentOrg();
  const toast = useToast();
  const { list, replay, discard } = useFailedEvents(orgSlug, canManage);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState<FailedEventView | null>(null);

  const replayOne = (event: FailedEventView) =>
    replay.mutate(
      { orgSlug, ids: [event.id] },
      {
        onSuccess: (result) => {
          const refusal = result.refused[0];
          if (refusal) toast.error(`Not replayed: ${refusal.reason}`);
          else if (result.replayed.length > 0) toast.success("Event queued for processing again");
          else toast.error("This failed event was already handled");
        },
        onError: (error) => toast.error(trpcErrorMessage(error)),
      },
    );

  const body = (() => {
    if (!canManage) {
      return (
        <EmptyState
          icon={<ShieldAlert size={20} />}
          title="Owners and admins only"
          description="Ask an owner or admin of this organization to look at failed events."
        />
      );
    }
    if (list.isPending) return <TableSkeleton label="Loading failed events" />;
    if (list.error) {
      return (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => void list.refetch()} />
      );
    }
    const rows = list.data.pages.flatMap((page) => page.items);
    if (rows.length === 0) {
      return (
        <EmptyState
          icon={<CircleCheck size={20} />}
          title="No failed events"
          description="Every accepted event was stored. Events that fail all their retries show up here."
        />
      );
    }
    return (
      <div className="flex flex-col gap-3">
        <Table>
          <TableHead>
            <TableHeaderCell>Error</TableHeaderCell>
            <TableHeaderCell>Project</TableHeaderCell>
            <TableHeaderCell>Attempts</TableHeaderCell>
            <TableHeaderCell>Failed</TableHeaderCell>
            <TableHeaderCell className="text-right">
              <span className="sr-only">Actions</span>
            </TableHeaderCell>
          </TableHead>
          <TableBody>
            {rows.map((event) => (
              <FailedEventRow
                key={event.id}
                event={event}
                expanded={expanded === event.id}
                onToggle={() => setExpanded(expanded === event.id ? null : event.id)}
                onReplay={() => replayOne(event)}
                onDiscard={() => {
                  discard.reset();
                  setDiscarding(event);
                }}
                busy={replay.isPending || discard.isPending}
              />
            ))}
          </TableBody>
        </Table>
        {list.hasNextPage ? (
          <Button
            className="self-center"
            pending={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Load more
          </Button>
        ) : null}
      </div>
    );
  })();

  const total = list.data?.pages[0]?.total;
  return (
    <>
      <PageHeader
        title="Failed events"
        description={total ? `${description} ${total} waiting.` : description}
      />
      {body}
      <ConfirmDialog
        open={discarding !== null}
        onClose={() => setDiscarding(null)}
        onConfirm={() =>
          discarding &&
          discard.mutate(
            { orgSlug, ids: [discarding.id] },
            {
              onSuccess: () => {
                toast.success("Failed event discarded");
                setDiscarding(null);
              },
            },
          )
        }
        title="Discard this failed event?"
        description="Its stored payload is deleted and the event will never be processed. This can't be undone."
        confirmLabel="Discard event"
        pending={discard.isPending}
        error={discard.error ? trpcErrorMessage(discard.error) : null}
      />
    </>
  );
}
