"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { FileQuestion } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { CopyButton } from "@/components/ui/CopyButton";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LinkButton } from "@/components/ui/LinkButton";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { Skeleton } from "@/components/ui/Skeleton";
import type { IssueHeader } from "@/server/services/issueDetail/header";
import { useIssueDetailUrl } from "../useIssueDetailUrl";
import { EventBody } from "./EventBody";
import { EventNavigation } from "./EventNavigation";

/** The Details tab: one event of the issue (`?event=`, the latest by default) with navigation. */
export function EventPanel({ orgSlug, issue }: { orgSlug: string; issue: IssueHeader }) {
  const trpc = useTRPC();
  const { eventId, hrefWith } = useIssueDetailUrl();
  const event = useQuery({
    ...trpc.issueDetail.event.queryOptions({ orgSlug, issueId: issue.id, eventId }),
    placeholderData: (previous) => previous,
    retry: (failures, error) =>
      !(error instanceof TRPCClientError && error.data?.httpStatus < 500) && failures < 2,
  });

  if (event.isPending) {
    return (
      <div
        role="status"
        aria-label="Loading event"
        className="flex flex-col gap-3 rounded-xl border border-line bg-panel p-5"
      >
        <Skeleton className="h-5 w-72" />
        <Skeleton className="h-4 w-full max-w-lg" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  }
  if (event.error) {
    const missing =
      event.error instanceof TRPCClientError &&
      ["NOT_FOUND", "BAD_REQUEST"].includes((event.error.data as { code?: string })?.code ?? "");
    if (missing) {
      return (
        <EmptyState
          icon={<FileQuestion size={20} />}
          title={
            eventId === "latest"
              ? "No events are stored for this issue"
              : "This event is not part of this issue"
          }
          description={
            eventId === "latest"
              ? "Its events may have passed the retention period; the issue keeps its counts."
              : "The link may be wrong, or the event was deleted by retention."
          }
          actions={
            eventId === "latest" ? null : (
              <LinkButton href={hrefWith({ event: null })} variant="primary">
                Show the latest event
              </LinkButton>
            )
          }
        />
      );
    }
    return (
      <ErrorState
        title="This event could not be loaded"
        message={trpcErrorMessage(event.error)}
        onRetry={() => void event.refetch()}
      />
    );
  }

  const data = event.data;
  return (
    <article
      aria-label="Event"
      aria-busy={event.isPlaceholderData || undefined}
      className={`overflow-hidden rounded-xl border border-line bg-panel shadow-card transition-opacity ${
        event.isPlaceholderData ? "opacity-60" : ""
      }`}
    >
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-line bg-subtle px-5 py-3">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-[13px]">
          <span className="font-medium text-fg">Event</span>
          <span className="inline-flex items-center gap-1 font-mono text-xs text-fg-muted">
            {data.id.slice(0, 8)}
            <CopyButton value={data.id} label="Copy event ID" />
          </span>
          <span className="text-fg-muted">
            <RelativeTime date={data.timestamp} />
          </span>
          {data.release ? (
            <span className="text-fg-muted">
              release <span className="font-mono text-fg">{data.release}</span>
            </span>
          ) : null}
          {data.environment ? (
            <span className="text-fg-muted">
              env <span className="font-mono text-fg">{data.environment}</span>
            </span>
          ) : null}
        </div>
        <EventNavigation event={data} />
      </header>
      <EventBody orgSlug={orgSlug} event={data} />
    </article>
  );
}
