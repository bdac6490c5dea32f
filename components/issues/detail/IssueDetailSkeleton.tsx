import { Skeleton } from "@/components/ui/Skeleton";

/** The issue page's shape while its header loads: title, counters, graph, then the event. */
export function IssueDetailSkeleton() {
  return (
    <div role="status" aria-label="Loading issue" className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Skeleton className="h-3 w-48" />
        <Skeleton className="h-7 w-2/3 max-w-2xl" />
        <Skeleton className="h-4 w-80" />
        <div className="mt-1 flex gap-2">
          <Skeleton className="h-7 w-24" />
          <Skeleton className="h-7 w-24" />
          <Skeleton className="h-7 w-32" />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_280px]">
        <Skeleton className="h-28 w-full" />
        <Skeleton className="h-28 w-full" />
      </div>
      <Skeleton className="h-8 w-96" />
      <div className="flex flex-col gap-3 rounded-xl border border-line bg-panel p-5">
        <Skeleton className="h-5 w-64" />
        <Skeleton className="h-4 w-full max-w-xl" />
        <Skeleton className="h-40 w-full" />
      </div>
    </div>
  );
}
