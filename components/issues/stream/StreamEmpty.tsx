import { CheckCircle2, SearchX } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";

type StreamEmptyProps = {
  /** Something beyond the defaults narrows the list. */
  filtered: boolean;
  title?: string;
  onClearFilters: () => void;
};

/** Nothing matches: either a clean slate (the default search) or filters that exclude everything. */
export function StreamEmpty({ filtered, title, onClearFilters }: StreamEmptyProps) {
  if (!filtered) {
    return (
      <EmptyState
        variant="plain"
        icon={<CheckCircle2 size={20} className="text-emerald-600 dark:text-emerald-400" />}
        title="No unresolved issues"
        description="Nothing needs your attention in these projects over this period. New errors show up here within seconds."
      />
    );
  }
  return (
    <EmptyState
      variant="plain"
      icon={<SearchX size={20} />}
      title={title ?? "No issues match this search"}
      description={
        title
          ? "It may have been renamed, or you may not be able to see it."
          : "Try a wider time range, another environment or fewer search terms."
      }
      actions={<Button onClick={onClearFilters}>Clear filters</Button>}
    />
  );
}
