import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/EmptyState";

type IssueTotalsProps = { total: number; unresolved: number; icon: ReactNode };

const format = new Intl.NumberFormat("en");

/** Events are arriving; the triage stream that lists them is built separately. */
export function IssueTotals({ total, unresolved, icon }: IssueTotalsProps) {
  return (
    <div className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3 sm:max-w-md">
        <div className="rounded-xl border border-line bg-panel p-4 shadow-card">
          <div className="text-xs font-medium text-fg-muted">Unresolved issues</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-fg">
            {format.format(unresolved)}
          </div>
        </div>
        <div className="rounded-xl border border-line bg-panel p-4 shadow-card">
          <div className="text-xs font-medium text-fg-muted">All issues</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-fg">
            {format.format(total)}
          </div>
        </div>
      </div>
      <EmptyState
        icon={icon}
        title="Events are arriving"
        description="Faultline is receiving and grouping your events. The issue stream, with search and triage, is coming in the next update."
      />
    </div>
  );
}
