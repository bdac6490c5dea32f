import { Skeleton } from "./Skeleton";

/** Placeholder rows while a table's query loads, so the layout does not jump. */
export function TableSkeleton({ rows = 4, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div className="rounded-lg border border-line bg-panel" role="status" aria-label={label}>
      <div className="h-8 border-b border-line bg-subtle" />
      {Array.from({ length: rows }, (_, index) => (
        <div
          key={index}
          className="flex h-11 items-center gap-4 border-b border-line px-3 last:border-b-0"
        >
          <Skeleton className="h-3 w-40" />
          <Skeleton className="h-3 w-24" />
          <Skeleton className="ml-auto h-3 w-16" />
        </div>
      ))}
    </div>
  );
}
