import { ArrowDownWideNarrow } from "lucide-react";
import { STREAM_SORTS, type StreamSort } from "./streamUrl";

const labels: Record<StreamSort, string> = {
  date: "Last Seen",
  new: "First Seen",
  freq: "Events",
  user: "Users",
};

type SortSelectProps = { value: StreamSort; onChange: (sort: StreamSort) => void };

/** Sentry's four orders of the stream; a native select keeps it keyboard- and screen-reader-friendly. */
export function SortSelect({ value, onChange }: SortSelectProps) {
  return (
    <label className="relative flex h-9 shrink-0 items-center gap-1.5 rounded-md border border-line bg-panel pr-2 pl-2.5 text-[13px] font-medium text-fg shadow-xs transition-colors focus-within:border-violet-500 hover:bg-hover">
      <ArrowDownWideNarrow size={14} className="shrink-0 text-fg-muted" aria-hidden />
      <span className="text-fg-muted">Sort:</span>
      <select
        aria-label="Sort by"
        value={value}
        onChange={(event) => onChange(event.target.value as StreamSort)}
        className="cursor-pointer appearance-none bg-transparent pr-1 font-medium text-fg focus:outline-none"
      >
        {STREAM_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {labels[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
