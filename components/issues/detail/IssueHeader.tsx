"use client";

import Link from "next/link";
import { IssueActions } from "@/components/issues/actions/IssueActions";
import { compactNumber, fullNumber } from "@/components/issues/common/compactNumber";
import { IssueLevel } from "@/components/issues/common/IssueLevel";
import { IssueStatusBadge } from "@/components/issues/common/IssueStatusBadge";
import { ShortId } from "@/components/issues/common/ShortId";
import { UnhandledBadge } from "@/components/issues/common/UnhandledBadge";
import { CopyButton } from "@/components/ui/CopyButton";
import { RelativeTime } from "@/components/ui/RelativeTime";
import type { IssueHeader as IssueHeaderData } from "@/server/services/issueDetail/header";
import { IssueGraph } from "./IssueGraph";

type IssueHeaderProps = { issue: IssueHeaderData; onDeleted: () => void };

/**
 * Title (error type in bold), culprit, level and status, the actions, then the numbers a person
 * triages by: events, users, first and last seen with their releases, and the graph.
 */
export function IssueHeader({ issue, onDeleted }: IssueHeaderProps) {
  const type = issue.metadata.type;
  const value = issue.metadata.value;
  return (
    <header className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-fg-muted">
        <Link href={`/${issue.orgSlug}/issues`} className="hover:text-fg">
          Issues
        </Link>
        <span aria-hidden>/</span>
        <span className="text-fg-muted">{issue.project.slug}</span>
        <span aria-hidden>/</span>
        <ShortId shortId={issue.shortId} className="text-[12px] text-fg" />
        <CopyButton value={issue.shortId} label="Copy short ID" />
      </div>

      <div className="flex flex-wrap items-start justify-between gap-x-8 gap-y-4">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl leading-7 tracking-tight break-words text-fg">
            {type ? (
              <>
                <span className="font-semibold">{type}</span>
                {value ? <span className="font-normal text-fg-muted"> {value}</span> : null}
              </>
            ) : (
              <span className="font-semibold">{issue.title}</span>
            )}
          </h1>
          <div className="mt-1.5 flex flex-wrap items-center gap-2 text-[13px] text-fg-muted">
            <span className="inline-flex items-center gap-1.5 capitalize">
              <IssueLevel level={issue.level} />
              {issue.level}
            </span>
            {issue.isUnhandled ? <UnhandledBadge /> : null}
            <IssueStatusBadge status={issue.status} statusDetails={issue.statusDetails} />
            {issue.culprit ? (
              <span className="min-w-0 truncate font-mono text-xs" title={issue.culprit}>
                {issue.culprit}
              </span>
            ) : null}
          </div>
        </div>
        <dl className="flex shrink-0 gap-6">
          <Counter label="Events" value={issue.count} />
          <Counter label="Users" value={issue.userCount} />
        </dl>
      </div>

      <IssueActions
        orgSlug={issue.orgSlug}
        target={{ ids: [issue.id] }}
        issues={[issue]}
        variant="detail"
        shortcuts
        onDone={onDeleted}
      />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_300px]">
        <IssueGraph issue={issue} />
        <dl className="grid grid-cols-2 gap-4 rounded-xl border border-line bg-panel p-4 shadow-card lg:grid-cols-1">
          <Seen label="First seen" date={issue.firstSeen} release={issue.firstRelease?.version} />
          <Seen label="Last seen" date={issue.lastSeen} release={issue.lastRelease?.version} />
        </dl>
      </div>
    </header>
  );
}

function Counter({ label, value }: { label: string; value: number }) {
  return (
    <div className="text-right">
      <dt className="text-2xs font-medium tracking-wide text-fg-muted uppercase">{label}</dt>
      <dd className="text-xl font-semibold text-fg tabular-nums" title={fullNumber(value)}>
        {compactNumber(value)}
      </dd>
    </div>
  );
}

function Seen({ label, date, release }: { label: string; date: Date; release?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-2xs font-medium tracking-wide text-fg-muted uppercase">{label}</dt>
      <dd className="mt-0.5 text-[13px] text-fg">
        <RelativeTime date={date} />
        <div className="truncate text-xs text-fg-muted" title={release}>
          {release ? (
            <>
              in release <span className="font-mono text-fg">{release}</span>
            </>
          ) : (
            "no release"
          )}
        </div>
      </dd>
    </div>
  );
}
