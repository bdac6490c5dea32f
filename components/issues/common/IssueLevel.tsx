/** Event levels in the order Sentry users read them, each with its colour from app/globals.css. */
const levelColours: Record<string, string> = {
  fatal: "bg-level-fatal",
  error: "bg-level-error",
  warning: "bg-level-warning",
  info: "bg-level-info",
  debug: "bg-level-debug",
};

function levelColour(level: string): string {
  return levelColours[level] ?? "bg-level-debug";
}

type IssueLevelProps = {
  level: string;
  /** "dot" beside text; "bar" as a thin stripe down a row's left edge. */
  variant?: "dot" | "bar";
  className?: string;
};

/** The issue's level as a colour, named for screen readers and on hover. */
export function IssueLevel({ level, variant = "dot", className }: IssueLevelProps) {
  const shape = variant === "bar" ? "h-full w-[3px] rounded-full" : "size-2 rounded-full";
  return (
    <span
      role="img"
      aria-label={`Level: ${level}`}
      title={level}
      className={`inline-block shrink-0 ${shape} ${levelColour(level)} ${className ?? ""}`}
    />
  );
}
