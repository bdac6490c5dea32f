"use client";

import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { useToast } from "@/components/ui/Toast";
import { mergePlan } from "@/server/services/issueActions/mergePlan";
import type { ActionIssue } from "./actionIssue";
import { useIssueMerge } from "./useIssueMerge";

type MergeDialogProps = {
  open: boolean;
  onClose: () => void;
  orgSlug: string;
  issues: ActionIssue[];
  onMerged?: (primaryId: number) => void;
};

/** The same rule as the server's (most events, then oldest), to name the surviving issue. */
export function mergePreview(issues: readonly ActionIssue[]) {
  return mergePlan(
    issues.map((issue) => ({
      ...issue,
      projectId: issue.project.id,
      timesSeen: issue.count,
    })),
  );
}

/** Confirms a merge, naming the issue the others fold into. */
export function MergeDialog({ open, onClose, orgSlug, issues, onMerged }: MergeDialogProps) {
  const merge = useIssueMerge();
  const toast = useToast();
  const plan = mergePreview(issues);

  const confirm = () =>
    merge.mutate(
      { orgSlug, ids: issues.map((issue) => issue.id) },
      {
        onSuccess: (result) => {
          const primary = issues.find((issue) => issue.id === result.primaryId);
          toast.success(
            `Merged ${result.mergedIds.length + 1} issues into ${primary?.shortId ?? "one"}`,
          );
          onClose();
          onMerged?.(result.primaryId);
        },
      },
    );

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Merge ${issues.length} issues`}
      description="Their events, users, tags and history move into one issue; the others disappear. This cannot be undone."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" pending={merge.isPending} disabled={!plan.ok} onClick={confirm}>
            Merge
          </Button>
        </>
      }
    >
      {merge.isError ? (
        <p role="alert" className="mb-3 text-[13px] text-red-600 dark:text-red-400">
          {trpcErrorMessage(merge.error)}
        </p>
      ) : null}
      {plan.ok ? (
        <div className="flex flex-col gap-2 text-[13px]">
          <p className="text-fg-muted">They merge into the issue with the most events:</p>
          <IssueLine issue={plan.primary} primary />
          <ul className="flex flex-col gap-1">
            {plan.children.map((issue) => (
              <li key={issue.id}>
                <IssueLine issue={issue} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="alert" className="text-[13px] text-red-600 dark:text-red-400">
          {plan.reason}
        </p>
      )}
    </Dialog>
  );
}

function IssueLine({ issue, primary = false }: { issue: ActionIssue; primary?: boolean }) {
  return (
    <div
      className={`flex items-baseline gap-2 rounded-md px-2 py-1.5 ${primary ? "bg-subtle ring-1 ring-line" : ""}`}
    >
      <span className="shrink-0 font-mono text-xs text-fg-muted">{issue.shortId}</span>
      <span className="min-w-0 flex-1 truncate text-fg" title={issue.title}>
        {issue.title}
      </span>
      <span className="shrink-0 text-xs text-fg-subtle">
        {issue.count.toLocaleString("en")} {issue.count === 1 ? "event" : "events"}
      </span>
    </div>
  );
}
