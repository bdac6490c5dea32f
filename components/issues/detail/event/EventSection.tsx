import type { ReactNode } from "react";

type EventSectionProps = {
  title: string;
  /** Controls at the right of the title (toggles, download links). */
  actions?: ReactNode;
  children: ReactNode;
};

/** One interface of the event (Exception, Breadcrumbs, Request…): a heading over its content. */
export function EventSection({ title, actions, children }: EventSectionProps) {
  const id = `event-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="border-t border-line px-5 py-5 first:border-t-0">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="text-[13px] font-semibold tracking-wide text-fg uppercase">
          {title}
        </h3>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
