import type { ReactNode } from "react";

/** A key cap, for shortcut hints. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="inline-flex h-5 min-w-5 items-center justify-center rounded border border-line bg-subtle px-1 font-mono text-[11px] text-fg-muted">
      {children}
    </kbd>
  );
}
