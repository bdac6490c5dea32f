"use client";

import { ChevronDown, UserRound } from "lucide-react";
import type { Ref } from "react";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { Menu } from "@/components/ui/Menu";
import type { ActionTarget, AssigneeView } from "./actionIssue";
import { AssigneeOptions } from "./AssigneeOptions";
import { useIssueUpdate } from "./useIssueUpdate";

type AssigneePickerProps = {
  orgSlug: string;
  issueIds: number[];
  assignee: AssigneeView | null;
  /** An avatar-only trigger, for table rows and tight headers. */
  compact?: boolean;
  /** Overrides `issueIds`, e.g. "all N matching this query" from the stream's toolbar. */
  target?: ActionTarget;
  /** "WEB-1A" or "3 issues", for the confirmation; defaults from `issueIds`. */
  label?: string;
  disabled?: boolean;
  disabledReason?: string;
  /** Wraps the trigger button, so a shortcut can open the picker by clicking it. */
  triggerRef?: Ref<HTMLSpanElement>;
  align?: "start" | "end";
};

function assigneeName(assignee: AssigneeView): string {
  return assignee.type === "team" ? `#${assignee.slug}` : assignee.name;
}

/** Assigns issues to a member or a team of the organization, or unassigns them. */
export function AssigneePicker({
  orgSlug,
  issueIds,
  assignee,
  compact = false,
  target,
  label,
  disabled = false,
  disabledReason,
  triggerRef,
  align = "start",
}: AssigneePickerProps) {
  const update = useIssueUpdate(orgSlug);
  const pick = (next: AssigneeView | null) =>
    update.mutate({
      target: target ?? { ids: issueIds },
      change: { assignee: next === null ? null : { type: next.type, id: next.id } },
      assignee: next,
      label: label ?? `${issueIds.length} ${issueIds.length === 1 ? "issue" : "issues"}`,
    });
  const title = disabled
    ? disabledReason
    : assignee === null
      ? "Unassigned: choose an assignee"
      : `Assigned to ${assigneeName(assignee)}`;

  return (
    <Menu
      align={align}
      trigger={({ open, toggle }) => (
        <span ref={triggerRef} title={title} className="flex">
          {compact ? (
            <button
              type="button"
              onClick={toggle}
              disabled={disabled}
              aria-haspopup="menu"
              aria-expanded={open}
              aria-label={title}
              className="flex rounded-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:opacity-50"
            >
              {assignee === null ? (
                <span className="flex size-6 items-center justify-center rounded-full border border-dashed border-line-strong text-fg-subtle hover:border-fg-muted hover:text-fg">
                  <UserRound size={12} aria-hidden />
                </span>
              ) : (
                <Avatar name={assignee.name} square={assignee.type === "team"} />
              )}
            </button>
          ) : (
            <Button
              size="sm"
              onClick={toggle}
              disabled={disabled}
              aria-haspopup="menu"
              aria-expanded={open}
              icon={
                assignee === null ? (
                  <UserRound size={14} />
                ) : (
                  <Avatar name={assignee.name} size="xs" square={assignee.type === "team"} />
                )
              }
            >
              {assignee === null ? "Assign" : assigneeName(assignee)}
              <ChevronDown size={12} className="-mr-0.5 text-fg-subtle" />
            </Button>
          )}
        </span>
      )}
    >
      {(close) => (
        <AssigneeOptions
          orgSlug={orgSlug}
          current={assignee}
          onPick={(next) => {
            close();
            pick(next);
          }}
        />
      )}
    </Menu>
  );
}
