"use client";

import { useState } from "react";
import { Button } from "@/components/ui/Button";
import type { BreadcrumbView } from "@/server/services/issueDetail/eventView";
import { EventSection } from "./EventSection";

const SHOWN_AT_FIRST = 10;

const levelTone: Record<string, string> = {
  fatal: "bg-level-fatal",
  error: "bg-level-error",
  warning: "bg-level-warning",
  info: "bg-level-info",
  debug: "bg-level-debug",
};

function crumbTime(seconds: number | null): string {
  if (seconds === null) return "";
  const date = new Date(seconds * 1000);
  return date.toLocaleTimeString("en", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  });
}

/**
 * What happened before the error, as a timeline: the most recent breadcrumb first (closest to the
 * crash), with time, category, level, and message or data.
 */
export function Breadcrumbs({ breadcrumbs }: { breadcrumbs: BreadcrumbView[] }) {
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...breadcrumbs].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, SHOWN_AT_FIRST);
  return (
    <EventSection title="Breadcrumbs">
      <ol aria-label="Breadcrumbs" className="relative ml-1 border-l border-line">
        {shown.map((crumb, index) => (
          <li key={index} className="relative grid grid-cols-[1fr_auto] gap-x-4 py-2 pl-5">
            <span
              aria-hidden
              className={`absolute top-3.5 -left-[5px] size-2.5 rounded-full ring-2 ring-panel ${
                levelTone[crumb.level ?? "info"] ?? "bg-level-debug"
              }`}
            />
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-x-2 text-xs">
                <span className="font-mono font-medium text-fg">
                  {crumb.category ?? crumb.type ?? "default"}
                </span>
                {crumb.level && crumb.level !== "info" ? (
                  <span className="text-fg-muted">{crumb.level}</span>
                ) : null}
              </div>
              {crumb.message ? (
                <p className="mt-0.5 font-mono text-[12.5px] break-words whitespace-pre-wrap text-fg">
                  {crumb.message}
                </p>
              ) : null}
              {crumb.data.length > 0 ? (
                <dl className="mt-0.5 flex flex-wrap gap-x-3 font-mono text-[12px] text-fg-muted">
                  {crumb.data.map(([key, value], dataIndex) => (
                    <div key={dataIndex} className="min-w-0 break-all">
                      <dt className="inline text-fg-subtle">{key}: </dt>
                      <dd className="inline">{value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </div>
            <time className="pt-px font-mono text-2xs text-fg-subtle tabular-nums">
              {crumbTime(crumb.timestamp)}
            </time>
          </li>
        ))}
      </ol>
      {newestFirst.length > SHOWN_AT_FIRST ? (
        <Button size="sm" variant="ghost" className="mt-2" onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show fewer" : `Show all ${newestFirst.length} breadcrumbs`}
        </Button>
      ) : null}
    </EventSection>
  );
}
