"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type MenuProps = {
  /** Renders the trigger; call `toggle` from its onClick. */
  trigger: (state: { open: boolean; toggle: () => void }) => ReactNode;
  children: (close: () => void) => ReactNode;
  align?: "start" | "end";
  side?: "bottom" | "top";
  className?: string;
};

/** A click-to-open popover menu; closes on outside click, Escape and item selection. */
export function Menu({
  trigger,
  children,
  align = "start",
  side = "bottom",
  className,
}: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const position = `${side === "bottom" ? "top-full mt-1" : "bottom-full mb-1"} ${align === "start" ? "left-0" : "right-0"}`;

  return (
    <div ref={root} className={`relative ${className ?? ""}`}>
      {trigger({ open, toggle: () => setOpen((value) => !value) })}
      {open ? (
        <div
          role="menu"
          className={`absolute z-40 min-w-56 animate-pop-in rounded-lg border border-line bg-panel p-1 shadow-overlay ${position}`}
        >
          {children(() => setOpen(false))}
        </div>
      ) : null}
    </div>
  );
}
