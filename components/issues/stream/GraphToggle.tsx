import { GRAPH_PERIODS, type GraphPeriod } from "./streamUrl";

type GraphToggleProps = { value: GraphPeriod; onChange: (period: GraphPeriod) => void };

/** The graph column's 24h (hourly) / 14d (daily) switch, in the list header. */
export function GraphToggle({ value, onChange }: GraphToggleProps) {
  return (
    <div role="radiogroup" aria-label="Graph period" className="flex items-center gap-1.5">
      <span>Graph</span>
      <span className="inline-flex rounded bg-hover p-px normal-case">
        {GRAPH_PERIODS.map((period) => (
          <button
            key={period}
            type="button"
            role="radio"
            aria-checked={period === value}
            onClick={() => onChange(period)}
            className={`h-5 rounded-[3px] px-1.5 text-2xs font-medium tracking-normal transition-colors ${
              period === value ? "bg-panel text-fg shadow-xs" : "text-fg-muted hover:text-fg"
            }`}
          >
            {period}
          </button>
        ))}
      </span>
    </div>
  );
}
