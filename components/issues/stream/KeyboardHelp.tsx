"use client";

import { Keyboard } from "lucide-react";
import { Kbd } from "./Kbd";

const shortcuts: [string[], string][] = [
  [["j", "k"], "Next / previous issue"],
  [["x"], "Select the focused issue"],
  [["Enter", "o"], "Open the focused issue"],
  [["r"], "Resolve the selection"],
  [["i"], "Ignore the selection…"],
  [["e"], "Assign the selection…"],
  [["/"], "Search"],
  [["Esc"], "Clear the selection"],
  [["?"], "Show these shortcuts"],
];

type KeyboardHelpProps = { open: boolean; onOpenChange: (open: boolean) => void };

/** The "?" popover listing the stream's keyboard shortcuts. */
export function KeyboardHelp({ open, onOpenChange }: KeyboardHelpProps) {
  return (
    <div className="relative">
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        aria-expanded={open}
        onClick={() => onOpenChange(!open)}
        className="flex size-8 items-center justify-center rounded-md text-fg-muted transition-colors hover:bg-hover hover:text-fg"
      >
        <Keyboard size={16} />
      </button>
      {open ? (
        <div
          role="dialog"
          aria-label="Keyboard shortcuts"
          className="absolute top-full right-0 z-40 mt-1 w-72 animate-pop-in rounded-lg border border-line bg-panel p-3 shadow-overlay"
          onKeyDown={(event) => {
            if (event.key === "Escape") onOpenChange(false);
          }}
        >
          <h2 className="mb-2 text-xs font-semibold text-fg">Keyboard shortcuts</h2>
          <dl className="flex flex-col gap-1.5">
            {shortcuts.map(([keys, description]) => (
              <div key={description} className="flex items-center justify-between gap-3 text-xs">
                <dt className="text-fg-muted">{description}</dt>
                <dd className="flex gap-1">
                  {keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
