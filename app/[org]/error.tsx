"use client";

import { ErrorState } from "@/components/ui/ErrorState";

/** A failure while rendering an organization page; the shell around it stays usable. */
export default function OrgError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      title="This page failed to load"
      message={
        error.digest ? `The server reported an error (reference ${error.digest}).` : error.message
      }
      onRetry={reset}
    />
  );
}
