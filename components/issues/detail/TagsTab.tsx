"use client";

import { useQuery } from "@tanstack/react-query";
import { Tags } from "lucide-react";
import Link from "next/link";
import { fullNumber } from "@/components/issues/common/compactNumber";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Skeleton } from "@/components/ui/Skeleton";
import { tagQuery } from "./event/EventTags";

function percentLabel(percent: number): string {
  if (percent > 0 && percent < 1) return "<1%";
  return `${Math.round(percent)}%`;
}

/** For each tag key, its most common values with counts and a bar of their share of events. */
export function TagsTab({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const tags = useQuery(trpc.issueDetail.tags.queryOptions({ orgSlug, issueId }));
  if (tags.isPending) {
    return (
      <div
        role="status"
        aria-label="Loading tags"
        className="grid grid-cols-1 gap-4 md:grid-cols-2"
      >
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} className="h-40 w-full" />
        ))}
      </div>
    );
  }
  if (tags.error) {
    return (
      <ErrorState
        title="Tags could not be loaded"
        message={trpcErrorMessage(tags.error)}
        onRetry={() => void tags.refetch()}
      />
    );
  }
  if (tags.data.keys.length === 0) {
    return (
      <EmptyState
        icon={<Tags size={20} />}
        title="No tags yet"
        description="Tags come from your SDK (environment, release, browser, and any you set with setTag)."
      />
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 2xl:grid-cols-3">
      {tags.data.keys.map((key) => (
        <section
          key={key.key}
          aria-label={`Tag ${key.key}`}
          className="min-w-0 rounded-xl border border-line bg-panel p-4 shadow-card"
        >
          <header className="mb-3 flex items-baseline justify-between gap-2">
            <h3 className="truncate font-mono text-[13px] font-semibold text-fg" title={key.key}>
              {key.key}
            </h3>
            <span className="shrink-0 text-xs text-fg-muted">
              {fullNumber(key.uniqueValues)} {key.uniqueValues === 1 ? "value" : "values"}
            </span>
          </header>
          <ol className="flex flex-col gap-2">
            {key.topValues.map((value) => (
              <li key={value.value}>
                <Link
                  href={`/${orgSlug}/issues?query=${encodeURIComponent(tagQuery(key.key, value.value))}`}
                  title={`${fullNumber(value.count)} of ${fullNumber(tags.data.eventCount)} events`}
                  className="group block rounded-md"
                >
                  <div className="flex items-baseline justify-between gap-3 text-[13px]">
                    <span className="min-w-0 truncate font-mono text-fg group-hover:underline">
                      {value.value || <span className="text-fg-subtle">(empty)</span>}
                    </span>
                    <span className="shrink-0 text-xs text-fg-muted tabular-nums">
                      {fullNumber(value.count)} · {percentLabel(value.percent)}
                    </span>
                  </div>
                  <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-hover">
                    <div
                      className="h-full rounded-full bg-violet-500"
                      style={{ width: `${Math.max(value.percent, 1)}%` }}
                    />
                  </div>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
