"use client";

import { useQuery } from "@tanstack/react-query";
import { Fingerprint } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { TableSkeleton } from "@/components/ui/TableSkeleton";

/**
 * Why these events are one issue: each grouping hash that leads here (more than one after a
 * merge, or one per variant) with the values that produced it.
 */
export function GroupingTab({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const hashes = useQuery(trpc.issueDetail.grouping.queryOptions({ orgSlug, issueId }));
  if (hashes.isPending) return <TableSkeleton label="Loading grouping" />;
  if (hashes.error) {
    return (
      <ErrorState
        title="Grouping could not be loaded"
        message={trpcErrorMessage(hashes.error)}
        onRetry={() => void hashes.refetch()}
      />
    );
  }
  if (hashes.data.length === 0) {
    return (
      <EmptyState
        icon={<Fingerprint size={20} />}
        title="No grouping hashes"
        description="Hashes are recorded as events arrive."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-[13px] text-fg-muted">
        Events whose grouping hash is one of these join this issue. Each hash is computed from the
        values listed under it, in order.
      </p>
      {hashes.data.map((hash) => (
        <section
          key={hash.hash}
          aria-label={`Hash ${hash.hash}`}
          className="rounded-xl border border-line bg-panel shadow-card"
        >
          <header className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-2.5">
            <code className="font-mono text-[13px] font-medium text-fg">{hash.hash}</code>
            {hash.variant ? <Badge tone="accent">{hash.variant}</Badge> : null}
            <span className="ml-auto text-xs text-fg-muted">
              first seen <RelativeTime date={hash.createdAt} />
            </span>
          </header>
          {hash.values.length > 0 ? (
            <ol className="max-h-80 overflow-auto px-4 py-2 font-mono text-[12px] leading-5 text-fg-muted">
              {hash.values.map((value, index) => (
                <li key={index} className="flex gap-3">
                  <span className="w-6 shrink-0 text-right text-fg-subtle select-none">
                    {index + 1}
                  </span>
                  <span className="min-w-0 break-all whitespace-pre-wrap text-fg">{value}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="px-4 py-2 text-[13px] text-fg-muted">No contributing values recorded.</p>
          )}
        </section>
      ))}
    </div>
  );
}
