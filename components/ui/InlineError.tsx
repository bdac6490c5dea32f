import { AlertCircle } from "lucide-react";

/** A mutation's error, shown where the user acted. Renders nothing without a message. */
export function InlineError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-[13px] text-red-700 dark:border-red-500/25 dark:bg-red-500/10 dark:text-red-300"
    >
      <AlertCircle size={15} className="mt-px shrink-0" />
      <span>{message}</span>
    </p>
  );
}
