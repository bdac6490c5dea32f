type IssueTitleProps = {
  title: string;
  metadata: { type?: string; value?: string; title?: string };
  /** Reviewed issues read a little lighter than ones nobody has looked at yet. */
  isReviewed?: boolean;
  className?: string;
};

/**
 * An error issue reads "**TypeError** Cannot read properties of undefined", the type in bold; a
 * message issue is just its text. Event data is untrusted: everything renders as text.
 */
export function IssueTitle({ title, metadata, isReviewed = false, className }: IssueTitleProps) {
  const weight = isReviewed ? "font-medium" : "font-semibold";
  if (metadata.type) {
    return (
      <span className={`min-w-0 truncate ${className ?? ""}`}>
        <span className={weight}>{metadata.type}</span>
        {metadata.value ? (
          <span className="font-normal text-fg-muted"> {metadata.value}</span>
        ) : null}
      </span>
    );
  }
  return <span className={`min-w-0 truncate ${weight} ${className ?? ""}`}>{title}</span>;
}
