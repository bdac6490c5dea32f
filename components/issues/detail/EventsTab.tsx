"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ListX, Search } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { IssueLevel } from "@/components/issues/common/IssueLevel";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { Input } from "@/components/ui/Input";
import { RelativeTime } from "@/components/ui/RelativeTime";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/Table";
import { TableSkeleton } from "@/components/ui/TableSkeleton";
import { useIssueDetailUrl } from "./useIssueDetailUrl";

const TAGS_SHOWN = 3;
/** Tags that already have their own column. */
const OWN_COLUMNS = new Set(["environment", "release", "level"]);

/** Every event of the issue, newest first, searchable by text and `key:value` tags. */
export function EventsTab({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const { hrefWith } = useIssueDetailUrl();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  const events = useInfiniteQuery(
    trpc.issueDetail.events.infiniteQueryOptions(
      { orgSlug, issueId, query, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const submit = (formEvent: FormEvent) => {
    formEvent.preventDefault();
    setQuery(draft.trim());
  };
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <div className="flex flex-col gap-3">
      <form role="search" onSubmit={submit} className="flex gap-2">
        <div className="relative flex-1">
          <Search
            size={14}
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-fg-subtle"
          />
          <Input
            aria-label="Search events"
            value={draft}
            onChange={(change) => setDraft(change.target.value)}
            placeholder='Search events: text, or tags like browser:Chrome environment:production release:"1.2"'
            className="pl-8"
            maxLength={500}
          />
        </div>
        <Button type="submit">Search</Button>
      </form>

      {events.isPending ? (
        <TableSkeleton label="Loading events" />
      ) : events.error ? (
        <ErrorState
          title="Events could not be loaded"
          message={trpcErrorMessage(events.error)}
          onRetry={() => void events.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<ListX size={20} />}
          title={query ? "No events match this search" : "No events are stored for this issue"}
          description={
            query
              ? "Try fewer words, or a tag value from the Tags tab."
              : "Its events may have passed the retention period; the issue keeps its counts."
          }
        />
      ) : (
        <>
          <Table>
            <TableHead>
              <TableHeaderCell>Event</TableHeaderCell>
              <TableHeaderCell>Time</TableHeaderCell>
              <TableHeaderCell>Message</TableHeaderCell>
              <TableHeaderCell>Release</TableHeaderCell>
              <TableHeaderCell>Environment</TableHeaderCell>
              <TableHeaderCell>User</TableHeaderCell>
              <TableHeaderCell>Tags</TableHeaderCell>
            </TableHead>
            <TableBody>
              {rows.map((event) => (
                <TableRow key={event.id}>
                  <TableCell>
                    <Link
                      href={hrefWith({ tab: "details", event: event.id })}
                      className="inline-flex items-center gap-1.5 font-mono text-xs font-medium text-accent-fg hover:underline"
                    >
                      <IssueLevel level={event.level} />
                      {event.id.slice(0, 8)}
                    </Link>
                  </TableCell>
                  <TableCell className="text-fg-muted">
                    <RelativeTime date={event.timestamp} />
                  </TableCell>
                  <TableCell className="max-w-[22rem]">
                    <span className="block truncate text-fg" title={event.message || event.title}>
                      {event.message || event.title}
                    </span>
                  </TableCell>
                  <TableCell className="max-w-40">
                    <span className="block truncate font-mono text-xs" title={event.release ?? ""}>
                      {event.release ?? <span className="text-fg-subtle">—</span>}
                    </span>
                  </TableCell>
                  <TableCell className="font-mono text-xs">
                    {event.environment ?? <span className="text-fg-subtle">—</span>}
                  </TableCell>
                  <TableCell className="max-w-44">
                    <span className="block truncate text-xs" title={event.user ?? ""}>
                      {event.user ?? <span className="text-fg-subtle">—</span>}
                    </span>
                  </TableCell>
                  <TableCell className="max-w-64">
                    <span className="flex gap-1 overflow-hidden">
                      {event.tags
                        .filter(([key]) => !OWN_COLUMNS.has(key))
                        .slice(0, TAGS_SHOWN)
                        .map(([key, value], index) => (
                          <span
                            key={index}
                            title={`${key}: ${value}`}
                            className="max-w-32 shrink-0 truncate rounded bg-hover px-1.5 font-mono text-2xs text-fg-muted"
                          >
                            {key}:{value}
                          </span>
                        ))}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {events.hasNextPage ? (
            <div className="flex justify-center">
              <Button
                pending={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                Load more events
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
