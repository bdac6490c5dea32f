import { ChevronLeft, ChevronRight } from "lucide-react";
import { fullNumber } from "@/components/issues/common/compactNumber";
import { Button } from "@/components/ui/Button";
import { pageRange } from "./streamUrl";

type StreamPaginationProps = {
  pageIndex: number;
  pageSize: number;
  rowsOnPage: number;
  total: number;
  totalIsCapped: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** "Showing 26–50 of 1,204" with Previous / Next. */
export function StreamPagination({
  pageIndex,
  pageSize,
  rowsOnPage,
  total,
  totalIsCapped,
  hasNext,
  onPrevious,
  onNext,
}: StreamPaginationProps) {
  const { first, last } = pageRange(pageIndex, pageSize, rowsOnPage);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 pt-3">
      <p className="text-xs text-fg-muted tabular-nums" data-testid="stream-range">
        Showing {fullNumber(first)}–{fullNumber(last)} of {fullNumber(total)}
        {totalIsCapped ? "+" : ""} {total === 1 ? "issue" : "issues"}
      </p>
      <div className="flex gap-2">
        <Button
          size="sm"
          icon={<ChevronLeft size={14} />}
          disabled={pageIndex === 0}
          onClick={onPrevious}
        >
          Previous
        </Button>
        <Button size="sm" disabled={!hasNext} onClick={onNext}>
          Next
          <ChevronRight size={14} />
        </Button>
      </div>
    </nav>
  );
}
