"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export const DETAIL_TABS = [
  "details",
  "events",
  "tags",
  "activity",
  "feedback",
  "grouping",
] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];

function asTab(value: string | null): DetailTab {
  return (DETAIL_TABS as readonly string[]).includes(value ?? "")
    ? (value as DetailTab)
    : "details";
}

/**
 * The issue page's tab (`?tab=events`) and shown event (`?event=<id>`) live in the address bar,
 * so a link to "this event of this issue" can be shared and Back returns to the previous one.
 */
export function useIssueDetailUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const tab = asTab(searchParams.get("tab"));
  const eventId = searchParams.get("event") ?? "latest";

  const hrefWith = useCallback(
    (changes: { tab?: DetailTab; event?: string | null }) => {
      const next = new URLSearchParams(searchParams.toString());
      if (changes.tab !== undefined) {
        if (changes.tab === "details") next.delete("tab");
        else next.set("tab", changes.tab);
      }
      if (changes.event !== undefined) {
        if (changes.event === null || changes.event === "latest") next.delete("event");
        else next.set("event", changes.event);
      }
      const query = next.toString();
      return query === "" ? pathname : `${pathname}?${query}`;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (changes: { tab?: DetailTab; event?: string | null }) =>
      router.push(hrefWith(changes), { scroll: false }),
    [router, hrefWith],
  );

  return { tab, eventId, hrefWith, navigate };
}
