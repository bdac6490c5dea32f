import { Badge } from "@/components/ui/Badge";

/** The error was not caught by the application (it crashed or reached a global handler). */
export function UnhandledBadge() {
  return (
    <Badge tone="danger" className="h-4 px-1 text-[10px] tracking-wide uppercase">
      Unhandled
    </Badge>
  );
}
