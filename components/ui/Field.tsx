import type { ReactNode } from "react";

type FieldProps = {
  label: ReactNode;
  htmlFor: string;
  hint?: ReactNode;
  error?: string | null;
  /** Right-aligned extra beside the label, e.g. "optional". */
  aside?: ReactNode;
  children: ReactNode;
};

export function Field({ label, htmlFor, hint, error, aside, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={htmlFor} className="text-[13px] font-medium text-fg">
          {label}
        </label>
        {aside ? <span className="text-xs text-fg-subtle">{aside}</span> : null}
      </div>
      {children}
      {error ? (
        <p className="text-xs text-red-600 dark:text-red-400" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="text-xs text-fg-muted">{hint}</p>
      ) : null}
    </div>
  );
}
