"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/buttonStyles";
import type { IssueEventDetail } from "@/server/services/issueDetail/events";
import { useIssueDetailUrl } from "../useIssueDetailUrl";

/** Oldest / Older / Newer / Latest, as links with `?event=<id>` so each event can be shared. */
export function EventNavigation({ event }: { event: IssueEventDetail }) {
  const { hrefWith } = useIssueDetailUrl();
  const isOldest = event.previousEventId === null;
  const isLatest = event.nextEventId === null;
  return (
    <nav aria-label="Event navigation" className="flex items-center">
      <NavLink
        label="Oldest"
        icon={<ChevronsLeft size={14} />}
        href={isOldest ? null : hrefWith({ event: event.oldestEventId })}
        position="first"
      />
      <NavLink
        label="Older"
        icon={<ChevronLeft size={14} />}
        href={isOldest ? null : hrefWith({ event: event.previousEventId })}
        position="middle"
      />
      <NavLink
        label="Newer"
        icon={<ChevronRight size={14} />}
        href={isLatest ? null : hrefWith({ event: event.nextEventId })}
        position="middle"
        iconAfter
      />
      <NavLink
        label="Latest"
        icon={<ChevronsRight size={14} />}
        href={isLatest ? null : hrefWith({ event: null })}
        position="last"
        iconAfter
      />
    </nav>
  );
}

function NavLink({
  label,
  icon,
  href,
  position,
  iconAfter = false,
}: {
  label: string;
  icon: ReactNode;
  href: string | null;
  position: "first" | "middle" | "last";
  iconAfter?: boolean;
}) {
  const shape = {
    first: "rounded-r-none",
    middle: "-ml-px rounded-none",
    last: "-ml-px rounded-l-none",
  }[position];
  const className = `${buttonStyles("secondary", "sm")} ${shape}`;
  const content = iconAfter ? (
    <>
      <span className="hidden sm:inline">{label}</span>
      {icon}
    </>
  ) : (
    <>
      {icon}
      <span className="hidden sm:inline">{label}</span>
    </>
  );
  if (href === null) {
    return (
      <button type="button" disabled aria-label={`${label} event`} className={className}>
        {content}
      </button>
    );
  }
  return (
    <Link href={href} scroll={false} aria-label={`${label} event`} className={className}>
      {content}
    </Link>
  );
}
