"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquareText } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Avatar } from "@/components/ui/Avatar";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/TableSkeleton";
import { useIssueDetailUrl } from "./useIssueDetailUrl";

/** What affected users wrote, newest first, each linked to the event it was about. */
export function FeedbackTab({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const { hrefWith } = useIssueDetailUrl();
  const feedback = useQuery(trpc.issueDetail.feedback.queryOptions({ orgSlug, issueId }));
  if (feedback.isPending) return <TableSkeleton label="Loading user feedback" />;
  if (feedback.error) {
    return (
      <ErrorState
        title="User feedback could not be loaded"
        message={trpcErrorMessage(feedback.error)}
        onRetry={() => void feedback.refetch()}
      />
    );
  }
  if (feedback.data.length === 0) {
    return (
      <EmptyState
        icon={<MessageSquareText size={20} />}
        title="No user feedback"
        description="Feedback sent with Sentry.captureFeedback about this issue's events shows up here."
      />
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {feedback.data.map((item) => (
        <li key={item.id} className="rounded-xl border border-line bg-panel p-4 shadow-card">
          <div className="flex flex-wrap items-center gap-2 text-[13px]">
            <Avatar name={item.name || item.email || "?"} size="xs" />
            <span className="font-medium text-fg">{item.name || "Anonymous"}</span>
            {item.email ? <span className="text-fg-muted">{item.email}</span> : null}
            <span className="ml-auto text-xs text-fg-muted">
              <RelativeTime date={item.createdAt} />
            </span>
          </div>
          <p className="mt-2 text-[13px] leading-5 break-words whitespace-pre-wrap text-fg">
            {item.comments}
          </p>
          <div className="mt-2 flex flex-wrap gap-x-4 text-xs text-fg-muted">
            {item.url ? <span className="break-all">on {item.url}</span> : null}
            {item.eventId ? (
              <Link
                href={hrefWith({ tab: "details", event: item.eventId })}
                className="font-mono text-accent-fg hover:underline"
              >
                event {item.eventId.slice(0, 8)}
              </Link>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
