"use client";

import { Clock } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { AssigneePicker } from "@/components/issues/actions/AssigneePicker";
import { compactNumber, fullNumber } from "@/components/issues/common/compactNumber";
import { IssueLevel } from "@/components/issues/common/IssueLevel";
import { IssueStatusBadge } from "@/components/issues/common/IssueStatusBadge";
import { IssueTitle } from "@/components/issues/common/IssueTitle";
import { ShortId } from "@/components/issues/common/ShortId";
import { shortAge } from "@/components/issues/common/shortAge";
import { UnhandledBadge } from "@/components/issues/common/UnhandledBadge";
import { PlatformIcon } from "@/components/projects/PlatformIcon";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { useNow } from "@/components/ui/useNow";
import type { StreamIssue } from "@/server/services/issueStream";
import { IssueSparkline } from "./IssueSparkline";
import { GRAPH_CELL, STREAM_GRID } from "./streamColumns";
import type { GraphPeriod } from "./streamUrl";

type IssueRowProps = {
  orgSlug: string;
  issue: StreamIssue;
  selected: boolean;
  focused: boolean;
  showProject: boolean;
  graph: GraphPeriod;
  onToggle: (id: number, withRange: boolean) => void;
  onFocus: (id: number) => void;
};

function IssueRowView({
  orgSlug,
  issue,
  selected,
  focused,
  showProject,
  graph,
  onToggle,
  onFocus,
}: IssueRowProps) {
  const now = useNow();
  const muted = issue.status !== "unresolved";
  const href = `/${orgSlug}/issues/${issue.id}`;

  return (
    <li
      data-testid="issue-row"
      data-issue-id={issue.id}
      data-focused={focused || undefined}
      data-selected={selected || undefined}
      onPointerDown={() => onFocus(issue.id)}
      className={`${STREAM_GRID} relative min-h-[4.25rem] border-b border-line py-2 pr-3 transition-colors last:border-b-0 ${
        selected ? "bg-accent-tint/60" : "hover:bg-subtle"
      } ${focused ? "z-10 outline-2 -outline-offset-2 outline-violet-500/70" : ""}`}
    >
      {/* A short stripe beside the title, not the row's full height: a page of errors stays calm. */}
      <span className="absolute top-2.5 left-0 flex h-5">
        <IssueLevel level={issue.level} variant="bar" />
      </span>
      <span className="flex justify-center self-start pt-0.5">
        <input
          type="checkbox"
          aria-label={`Select ${issue.shortId}`}
          className="size-3.5 cursor-pointer accent-violet-600"
          checked={selected}
          onChange={(event) =>
            onToggle(issue.id, (event.nativeEvent as MouseEvent).shiftKey === true)
          }
        />
      </span>

      <div className={`flex min-w-0 flex-col gap-0.5 pr-3 ${muted ? "opacity-60" : ""}`}>
        <div className="flex min-w-0 items-center gap-2">
          <Link
            href={href}
            data-issue-link
            className="flex min-w-0 text-[13px] text-fg hover:underline hover:decoration-fg-subtle hover:underline-offset-2 focus-visible:outline-offset-1"
          >
            <IssueTitle
              title={issue.title}
              metadata={issue.metadata}
              isReviewed={issue.isReviewed}
            />
          </Link>
          <IssueStatusBadge status={issue.status} statusDetails={issue.statusDetails} />
        </div>
        {issue.culprit ? (
          <div className="truncate font-mono text-xs text-fg-muted">{issue.culprit}</div>
        ) : null}
        <div className="flex min-w-0 flex-wrap items-center gap-x-2.5 gap-y-0.5 text-2xs text-fg-muted">
          <ShortId shortId={issue.shortId} />
          {issue.isUnhandled ? <UnhandledBadge /> : null}
          {showProject ? (
            <span className="flex items-center gap-1">
              <PlatformIcon platform={issue.project.platform} />
              {issue.project.name}
            </span>
          ) : null}
          <span
            className="flex items-center gap-1"
            title={`First seen ${issue.firstSeen.toLocaleString()}`}
          >
            <Clock size={11} aria-hidden />
            <span>{now === null ? "" : `${shortAge(issue.firstSeen, now)} old`}</span>
          </span>
          <span className="flex items-center gap-1">
            <span className="text-fg-subtle">Last seen</span>
            <RelativeTime date={issue.lastSeen} />
          </span>
        </div>
      </div>

      <div className={`${GRAPH_CELL} items-center justify-center`}>
        <IssueSparkline stats={issue.stats} period={graph} muted={muted} />
      </div>
      <div
        className={`text-right text-[13px] font-medium tabular-nums ${issue.count === 0 ? "text-fg-subtle" : "text-fg"}`}
        title={`${fullNumber(issue.count)} events`}
      >
        {compactNumber(issue.count)}
      </div>
      <div
        className={`text-right text-[13px] font-medium tabular-nums ${issue.userCount === 0 ? "text-fg-subtle" : "text-fg"}`}
        title={`${fullNumber(issue.userCount)} users`}
      >
        {compactNumber(issue.userCount)}
      </div>
      <div className="flex justify-center">
        <AssigneePicker
          orgSlug={orgSlug}
          issueIds={[issue.id]}
          assignee={issue.assignee}
          label={issue.shortId}
          compact
          align="end"
        />
      </div>
    </li>
  );
}

/** One issue in the stream; memoised so focus and selection changes redraw only two rows. */
export const IssueRow = memo(IssueRowView);
