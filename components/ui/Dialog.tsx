"use client";

import { X } from "lucide-react";
import { useEffect, useRef, type ReactNode } from "react";

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
  width?: "sm" | "md" | "lg";
};

const widths = { sm: "max-w-sm", md: "max-w-md", lg: "max-w-xl" };

/** A modal on the native <dialog>: focus trap, Escape and top-layer stacking come from the browser. */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  width = "md",
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      aria-labelledby="dialog-title"
      className={`m-auto w-[calc(100%-2rem)] ${widths[width]} rounded-xl border border-line bg-panel p-0 text-fg shadow-overlay open:animate-pop-in`}
    >
      {open ? (
        <div className="flex max-h-[85vh] flex-col">
          <header className="flex items-start justify-between gap-4 px-5 pt-5 pb-3">
            <div className="min-w-0">
              <h2 id="dialog-title" className="text-[15px] font-semibold text-fg">
                {title}
              </h2>
              {description ? <p className="mt-1 text-[13px] text-fg-muted">{description}</p> : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              className="-m-1 rounded-md p-1 text-fg-subtle hover:bg-hover hover:text-fg"
              aria-label="Close"
            >
              <X size={16} />
            </button>
          </header>
          <div className="overflow-y-auto px-5 pb-5">{children}</div>
          {footer ? (
            <footer className="flex justify-end gap-2 rounded-b-xl border-t border-line bg-subtle px-5 py-3">
              {footer}
            </footer>
          ) : null}
        </div>
      ) : null}
    </dialog>
  );
}
