import type { ReactNode } from "react";

type EmptyStateProps = {
  icon: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** "panel" draws a dashed frame; "plain" sits inside an existing panel. */
  variant?: "panel" | "plain";
};

export function EmptyState({
  icon,
  title,
  description,
  actions,
  children,
  variant = "panel",
}: EmptyStateProps) {
  const frame =
    variant === "panel" ? "rounded-xl border border-dashed border-line-strong bg-subtle/40" : "";
  return (
    <div className={`flex flex-col items-center px-6 py-14 text-center ${frame}`}>
      <div className="mb-4 flex size-11 items-center justify-center rounded-xl border border-line bg-panel text-fg-muted shadow-card">
        {icon}
      </div>
      <h3 className="text-[15px] font-semibold text-fg">{title}</h3>
      {description ? (
        <p className="mt-1.5 max-w-md text-[13px] leading-5 text-fg-muted">{description}</p>
      ) : null}
      {actions ? <div className="mt-5 flex flex-wrap justify-center gap-2">{actions}</div> : null}
      {children ? <div className="mt-6 w-full max-w-2xl text-left">{children}</div> : null}
    </div>
  );
}
