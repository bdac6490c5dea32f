import type { ReactNode } from "react";

type PanelProps = {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
  id?: string;
};

/** A settings section: titled card with optional footer for its save button. */
export function Panel({ title, description, actions, footer, children, id }: PanelProps) {
  return (
    <section id={id} className="rounded-xl border border-line bg-panel shadow-card">
      {title ? (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-line px-5 py-4">
          <div className="min-w-0">
            <h2 className="text-sm font-semibold text-fg">{title}</h2>
            {description ? <p className="mt-0.5 text-[13px] text-fg-muted">{description}</p> : null}
          </div>
          {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
        </header>
      ) : null}
      <div className="px-5 py-4">{children}</div>
      {footer ? (
        <footer className="flex items-center justify-end gap-3 rounded-b-xl border-t border-line bg-subtle px-5 py-3">
          {footer}
        </footer>
      ) : null}
    </section>
  );
}
