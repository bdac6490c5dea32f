import { CopyButton } from "@/components/ui/CopyButton";

/** The DSN on one line, selectable and copyable. */
export function DsnField({ dsn, label = "DSN" }: { dsn: string; label?: string }) {
  return (
    <div className="flex min-w-0 items-center rounded-md border border-line bg-subtle pl-3">
      <span className="mr-3 shrink-0 text-2xs font-semibold tracking-wide text-fg-subtle uppercase">
        {label}
      </span>
      <code
        data-testid="dsn"
        className="min-w-0 flex-1 truncate py-1.5 font-mono text-xs text-fg select-all"
      >
        {dsn}
      </code>
      <CopyButton value={dsn} label="Copy DSN" className="m-0.5" />
    </div>
  );
}
