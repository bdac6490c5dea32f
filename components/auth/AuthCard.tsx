import type { ReactNode } from "react";

type AuthCardProps = {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
};

/** The centred card every signed-out page uses. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <div className="w-full max-w-[400px] animate-pop-in">
      <div className="rounded-2xl border border-line bg-panel p-8 shadow-card dark:shadow-none">
        <h1 className="text-lg font-semibold tracking-tight text-fg">{title}</h1>
        {description ? (
          <p className="mt-1.5 text-[13px] leading-5 text-fg-muted">{description}</p>
        ) : null}
        <div className="mt-6">{children}</div>
      </div>
      {footer ? <div className="mt-5 text-center text-[13px] text-fg-muted">{footer}</div> : null}
    </div>
  );
}
