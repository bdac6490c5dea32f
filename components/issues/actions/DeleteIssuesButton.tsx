"use client";

import { Trash2 } from "lucide-react";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useToast } from "@/components/ui/Toast";
import type { ActionTarget } from "./actionIssue";
import { useIssueDelete } from "./useIssueDelete";

type DeleteIssuesButtonProps = {
  orgSlug: string;
  target: ActionTarget;
  /** "WEB-1A" or "3 issues". */
  label: string;
  disabled?: boolean;
  disabledReason?: string;
  onDeleted?: () => void;
};

/** Delete, after a confirmation that says how many issues go. */
export function DeleteIssuesButton({
  orgSlug,
  target,
  label,
  disabled = false,
  disabledReason,
  onDeleted,
}: DeleteIssuesButtonProps) {
  const [open, setOpen] = useState(false);
  const remove = useIssueDelete();
  const toast = useToast();
  return (
    <>
      <span title={disabled ? disabledReason : "Delete"} className="flex">
        <Button
          size="sm"
          variant="ghost"
          icon={<Trash2 size={14} />}
          disabled={disabled}
          onClick={() => {
            remove.reset();
            setOpen(true);
          }}
          aria-label="Delete"
        />
      </span>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Delete ${label}?`}
        description={`${label} and all of their events are deleted for good. If the same error happens again, it starts a new issue.`}
        confirmLabel={`Delete ${label}`}
        pending={remove.isPending}
        error={remove.isError ? trpcErrorMessage(remove.error) : null}
        onConfirm={() =>
          remove.mutate(
            { orgSlug, target },
            {
              onSuccess: (result) => {
                toast.success(
                  `Deleted ${result.deleted.toLocaleString("en")} ${result.deleted === 1 ? "issue" : "issues"}`,
                );
                setOpen(false);
                onDeleted?.();
              },
            },
          )
        }
      />
    </>
  );
}
