"use client";

import { CheckCircle2, Eye, GitMerge, RotateCcw } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import type { ActionIssue, ActionTarget, IgnoreCondition, IssueChange } from "./actionIssue";
import { issuesLabel } from "./actionMessages";
import { AssigneePicker } from "./AssigneePicker";
import { DeleteIssuesButton } from "./DeleteIssuesButton";
import { IgnoreMenu } from "./IgnoreMenu";
import { MergeDialog, mergePreview } from "./MergeDialog";
import { clickTrigger, useActionShortcuts } from "./useActionShortcuts";
import { useIssueUpdate } from "./useIssueUpdate";

type IssueActionsProps = {
  orgSlug: string;
  target: ActionTarget;
  /** The selected rows (for labels, merge and the current state); may be fewer than a query matches. */
  issues: ActionIssue[];
  /** With a query target: how many issues it matches. */
  totalMatching?: number;
  variant: "stream" | "detail";
  /** r resolve, i ignore menu, e assignee picker. */
  shortcuts?: boolean;
  /** After a merge or delete (the stream clears its selection; the detail leaves a deleted issue). */
  onDone?: () => void;
};

const NOTHING_SELECTED = "Select issues first";

/** Resolve, Ignore, Mark Reviewed, Merge, Assign and Delete for a selection or a whole query. */
export function IssueActions({
  orgSlug,
  target,
  issues,
  totalMatching,
  variant,
  shortcuts = false,
  onDone,
}: IssueActionsProps) {
  const update = useIssueUpdate(orgSlug);
  const [merging, setMerging] = useState(false);
  const ignoreTrigger = useRef<HTMLSpanElement>(null);
  const assignTrigger = useRef<HTMLSpanElement>(null);

  const count = "ids" in target ? target.ids.length : (totalMatching ?? issues.length);
  const none = count === 0;
  const label = issuesLabel(count, count === 1 ? issues[0]?.shortId : undefined);
  const allResolved = issues.length > 0 && issues.every((issue) => issue.status === "resolved");
  const allIgnored = issues.length > 0 && issues.every((issue) => issue.status === "ignored");
  const allReviewed = issues.length > 0 && issues.every((issue) => issue.isReviewed);
  const sharedAssignee = sameAssignee(issues);
  const canMerge =
    variant === "stream" && "ids" in target && issues.length >= 2 && mergePreview(issues).ok;

  const change = (next: IssueChange) => update.mutate({ target, change: next, label });
  const resolveOrUnresolve = () =>
    change(allResolved ? { status: "unresolved" } : { status: "resolved" });
  const ignore = (condition: IgnoreCondition) => change({ status: "ignored", ignore: condition });

  useActionShortcuts(shortcuts && !none, {
    r: resolveOrUnresolve,
    i: () => clickTrigger(ignoreTrigger.current),
    e: () => clickTrigger(assignTrigger.current),
  });

  return (
    <div role="toolbar" aria-label="Issue actions" className="flex flex-wrap items-center gap-1.5">
      <span title={none ? NOTHING_SELECTED : undefined} className="flex">
        <Button
          size="sm"
          icon={allResolved ? <RotateCcw size={14} /> : <CheckCircle2 size={14} />}
          disabled={none}
          onClick={resolveOrUnresolve}
        >
          {allResolved ? "Unresolve" : "Resolve"}
        </Button>
      </span>
      <IgnoreMenu
        onIgnore={ignore}
        onStopIgnoring={allIgnored ? () => change({ status: "unresolved" }) : undefined}
        disabled={none}
        disabledReason={NOTHING_SELECTED}
        triggerRef={ignoreTrigger}
      />
      <span
        title={none ? NOTHING_SELECTED : allReviewed ? "Already reviewed" : undefined}
        className="flex"
      >
        <Button
          size="sm"
          icon={<Eye size={14} />}
          disabled={none || allReviewed}
          onClick={() => change({ isReviewed: true })}
        >
          Mark Reviewed
        </Button>
      </span>
      {variant === "stream" ? (
        <span title={mergeHint(none, canMerge)} className="flex">
          <Button
            size="sm"
            icon={<GitMerge size={14} />}
            disabled={!canMerge}
            onClick={() => setMerging(true)}
          >
            Merge
          </Button>
        </span>
      ) : null}
      <AssigneePicker
        orgSlug={orgSlug}
        issueIds={"ids" in target ? target.ids : issues.map((issue) => issue.id)}
        target={target}
        label={label}
        assignee={sharedAssignee}
        disabled={none}
        disabledReason={NOTHING_SELECTED}
        triggerRef={assignTrigger}
      />
      <DeleteIssuesButton
        orgSlug={orgSlug}
        target={target}
        label={label}
        disabled={none}
        disabledReason={NOTHING_SELECTED}
        onDeleted={onDone}
      />
      {canMerge ? (
        <MergeDialog
          open={merging}
          onClose={() => setMerging(false)}
          orgSlug={orgSlug}
          issues={issues}
          onMerged={onDone}
        />
      ) : null}
    </div>
  );
}

/** The assignee every selected issue shares, or null when they differ or nobody is assigned. */
function sameAssignee(issues: readonly ActionIssue[]): ActionIssue["assignee"] {
  const [first, ...rest] = issues;
  if (first?.assignee == null) return null;
  const { type, id } = first.assignee;
  return rest.every((issue) => issue.assignee?.type === type && issue.assignee.id === id)
    ? first.assignee
    : null;
}

function mergeHint(none: boolean, canMerge: boolean): string | undefined {
  if (none) return NOTHING_SELECTED;
  if (!canMerge) return "Select two or more issues of one project to merge";
  return undefined;
}
