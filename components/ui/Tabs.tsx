"use client";

import type { ReactNode } from "react";

type Tab = { id: string; label: ReactNode };

type TabsProps = {
  tabs: Tab[];
  value: string;
  onChange: (id: string) => void;
  label: string;
};

/** A segmented tab list; the caller renders the active panel. */
export function Tabs({ tabs, value, onChange, label }: TabsProps) {
  return (
    <div role="tablist" aria-label={label} className="inline-flex w-fit rounded-lg bg-hover p-0.5">
      {tabs.map((tab) => {
        const selected = tab.id === value;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            aria-selected={selected}
            onClick={() => onChange(tab.id)}
            className={`h-7 rounded-md px-3 text-[13px] font-medium transition-colors ${
              selected ? "bg-panel text-fg shadow-card" : "text-fg-muted hover:text-fg"
            }`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
