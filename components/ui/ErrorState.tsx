import { AlertTriangle } from "lucide-react";
import { Button } from "./Button";

type ErrorStateProps = { title?: string; message: string; onRetry?: () => void };

export function ErrorState({ title = "Something went wrong", message, onRetry }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="flex flex-col items-center rounded-xl border border-red-200 bg-red-50/60 px-6 py-10 text-center dark:border-red-500/25 dark:bg-red-500/5"
    >
      <div className="mb-3 flex size-10 items-center justify-center rounded-lg bg-red-100 text-red-600 dark:bg-red-500/15 dark:text-red-400">
        <AlertTriangle size={18} />
      </div>
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      <p className="mt-1 max-w-md text-[13px] text-fg-muted">{message}</p>
      {onRetry ? (
        <Button className="mt-4" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
