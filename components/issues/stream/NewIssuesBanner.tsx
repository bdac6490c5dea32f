import { ArrowUp } from "lucide-react";

type NewIssuesBannerProps = { newIssues: number; updatedIssues: number; onShow: () => void };

function describe(newIssues: number, updatedIssues: number): string {
  const parts: string[] = [];
  if (newIssues > 0) parts.push(`${newIssues} new ${newIssues === 1 ? "issue" : "issues"}`);
  if (updatedIssues > 0) parts.push(`${updatedIssues} updated`);
  return parts.join(" and ");
}

/** A calm notice that the stream changed; the list reloads only when the user asks. */
export function NewIssuesBanner({ newIssues, updatedIssues, onShow }: NewIssuesBannerProps) {
  // The live region stays mounted so screen readers announce the notice when it appears.
  return (
    <div role="status" className="flex">
      {newIssues + updatedIssues === 0 ? null : (
        <button
          type="button"
          onClick={onShow}
          className="flex h-7 animate-fade-in items-center gap-1.5 rounded-full border border-violet-200 bg-accent-tint px-3 text-xs font-medium text-accent-fg shadow-card transition-colors hover:bg-violet-100 dark:border-violet-500/30 dark:hover:bg-violet-500/20"
        >
          <ArrowUp size={13} aria-hidden />
          {describe(newIssues, updatedIssues)} — Show
        </button>
      )}
    </div>
  );
}
