"use client";

import Link from "next/link";
import { fullNumber } from "@/components/issues/common/compactNumber";
import type { IssueHeader } from "@/server/services/issueDetail/header";
import { type DetailTab, useIssueDetailUrl } from "./useIssueDetailUrl";

/**
 * The issue's sections as links (`?tab=…`), so each is addressable and opens in a new tab on a
 * middle click. User Feedback appears only when someone left some.
 */
export function IssueDetailTabs({ issue }: { issue: IssueHeader }) {
  const { tab, hrefWith } = useIssueDetailUrl();
  const tabs: { id: DetailTab; label: string; count?: number }[] = [
    { id: "details", label: "Details" },
    { id: "events", label: "Events", count: issue.count },
    { id: "tags", label: "Tags" },
    { id: "activity", label: "Activity", count: issue.numComments || undefined },
    ...(issue.userReportCount > 0
      ? [{ id: "feedback" as const, label: "User Feedback", count: issue.userReportCount }]
      : []),
    { id: "grouping", label: "Grouping" },
  ];
  return (
    <nav aria-label="Issue sections" className="-mb-px overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {tabs.map((item) => {
          const current = item.id === tab;
          return (
            <li key={item.id}>
              <Link
                href={hrefWith({ tab: item.id })}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={`inline-flex h-9 items-center gap-1.5 border-b-2 px-3 text-[13px] font-medium transition-colors ${
                  current
                    ? "border-accent text-fg"
                    : "border-transparent text-fg-muted hover:border-line-strong hover:text-fg"
                }`}
              >
                {item.label}
                {item.count !== undefined ? (
                  <span className="rounded bg-hover px-1.5 text-2xs text-fg-muted tabular-nums">
                    {fullNumber(item.count)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
