"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { StreamIssue } from "@/server/services/issueStream";
import { GraphToggle } from "./GraphToggle";
import { IssueRow } from "./IssueRow";
import { GRAPH_CELL, STREAM_GRID } from "./streamColumns";
import type { GraphPeriod } from "./streamUrl";

type IssueListProps = {
  orgSlug: string;
  issues: StreamIssue[];
  selectedIds: ReadonlySet<number>;
  pageSelection: "none" | "some" | "all";
  focusedId: number | null;
  showProject: boolean;
  graph: GraphPeriod;
  /** Old rows stay on screen, dimmed, while the next page or search loads. */
  stale: boolean;
  onGraphChange: (period: GraphPeriod) => void;
  onToggle: (id: number, withRange: boolean) => void;
  onToggleAll: (selected: boolean) => void;
  onFocus: (id: number) => void;
  /** The bulk actions toolbar, in the header beside the select-all box. */
  actions: ReactNode;
  /** "All 25 on this page are selected…", under the header. */
  banner: ReactNode;
  /** Shown instead of rows: skeleton, empty state or error. */
  placeholder: ReactNode;
};

export function IssueList({
  orgSlug,
  issues,
  selectedIds,
  pageSelection,
  focusedId,
  showProject,
  graph,
  stale,
  onGraphChange,
  onToggle,
  onToggleAll,
  onFocus,
  actions,
  banner,
  placeholder,
}: IssueListProps) {
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = pageSelection === "some";
  }, [pageSelection]);

  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusedId === null) return;
    list.current
      ?.querySelector(`[data-issue-id="${focusedId}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [focusedId]);

  return (
    <section aria-label="Issues" className="rounded-lg border border-line bg-panel shadow-card">
      <div
        className={`${STREAM_GRID} sticky top-12 z-20 min-h-11 rounded-t-lg border-b border-line bg-subtle pr-3 text-2xs font-medium tracking-wide text-fg-muted uppercase`}
      >
        <span className="flex justify-center">
          <input
            ref={selectAll}
            type="checkbox"
            aria-label="Select all issues on this page"
            className="size-3.5 cursor-pointer accent-violet-600"
            disabled={issues.length === 0}
            checked={pageSelection === "all"}
            onChange={(event) => onToggleAll(event.target.checked)}
          />
        </span>
        {/* Below 1280 px the toolbar takes the whole first line and the column names go under it. */}
        <div className="col-span-4 flex min-w-0 items-center gap-2 py-1.5 pr-3 tracking-normal normal-case xl:col-span-1">
          {actions}
        </div>
        <div className={`${GRAPH_CELL} justify-center`}>
          <GraphToggle value={graph} onChange={onGraphChange} />
        </div>
        <span className="col-start-3 pb-1.5 text-right xl:col-start-auto xl:pb-0">Events</span>
        <span className="pb-1.5 text-right xl:pb-0">Users</span>
        <span className="pb-1.5 text-center xl:pb-0">Assignee</span>
      </div>
      {banner}
      {issues.length === 0 ? (
        placeholder
      ) : (
        <ul
          ref={list}
          aria-busy={stale || undefined}
          className={`transition-opacity duration-150 ${stale ? "opacity-60" : ""}`}
        >
          {issues.map((issue) => (
            <IssueRow
              key={issue.id}
              orgSlug={orgSlug}
              issue={issue}
              selected={selectedIds.has(issue.id)}
              focused={focusedId === issue.id}
              showProject={showProject}
              graph={graph}
              onToggle={onToggle}
              onFocus={onFocus}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
