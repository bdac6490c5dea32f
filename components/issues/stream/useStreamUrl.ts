"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { streamHref, streamStateFromSearchParams, type StreamUrlState } from "./streamUrl";

/**
 * The stream's state from the address bar, and `navigate` for a user's change: a history entry
 * per change (router.push) so Back undoes it, without scrolling to the top.
 */
export function useStreamUrl(): {
  state: StreamUrlState;
  navigate: (next: StreamUrlState) => void;
  hrefFor: (next: StreamUrlState) => string;
} {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = useMemo(() => streamStateFromSearchParams(searchParams), [searchParams]);
  const hrefFor = useCallback((next: StreamUrlState) => streamHref(pathname, next), [pathname]);
  const navigate = useCallback(
    (next: StreamUrlState) => router.push(hrefFor(next), { scroll: false }),
    [router, hrefFor],
  );
  return { state, navigate, hrefFor };
}
