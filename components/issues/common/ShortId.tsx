/** The human id (`WEB-3F`), as people quote it in chat and commit messages. */
export function ShortId({ shortId, className }: { shortId: string; className?: string }) {
  return (
    <span className={`font-mono text-2xs tracking-tight text-fg-muted ${className ?? ""}`}>
      {shortId}
    </span>
  );
}
