import { Skeleton } from "@/components/ui/Skeleton";
import { GRAPH_CELL, STREAM_GRID } from "./streamColumns";

/** Placeholder rows shaped like issue rows, so nothing jumps when the page arrives. */
export function StreamSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <ul role="status" aria-label="Loading issues">
      {Array.from({ length: rows }, (_, index) => (
        <li
          key={index}
          className={`${STREAM_GRID} min-h-[4.25rem] border-b border-line py-2 pr-3 last:border-b-0`}
        >
          <span className="flex justify-center">
            <Skeleton className="size-3.5 rounded" />
          </span>
          <div className="flex flex-col gap-2 pr-3">
            <Skeleton
              className={`h-3.5 ${index % 3 === 0 ? "w-2/3" : index % 3 === 1 ? "w-1/2" : "w-3/5"}`}
            />
            <Skeleton className="h-3 w-1/3" />
            <Skeleton className="h-2.5 w-48" />
          </div>
          <div className={`${GRAPH_CELL} justify-center`}>
            <Skeleton className="h-6 w-28" />
          </div>
          <span className="flex justify-end">
            <Skeleton className="h-3.5 w-8" />
          </span>
          <span className="flex justify-end">
            <Skeleton className="h-3.5 w-8" />
          </span>
          <span className="flex justify-center">
            <Skeleton className="size-6 rounded-full" />
          </span>
        </li>
      ))}
    </ul>
  );
}
