import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";

type FilterButtonProps = {
  label: string;
  icon: ReactNode;
  open: boolean;
  onClick: () => void;
  children: ReactNode;
};

/** The trigger of one of the stream's filter menus: icon, current value, caret. */
export function FilterButton({ label, icon, open, onClick, children }: FilterButtonProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-haspopup="menu"
      aria-expanded={open}
      aria-label={label}
      className="flex h-8 max-w-64 items-center gap-1.5 rounded-md border border-line bg-panel px-2.5 text-[13px] font-medium text-fg shadow-xs transition-colors hover:bg-hover"
    >
      <span className="flex shrink-0 text-fg-muted">{icon}</span>
      <span className="min-w-0 truncate">{children}</span>
      <ChevronDown size={14} className="shrink-0 text-fg-subtle" />
    </button>
  );
}
