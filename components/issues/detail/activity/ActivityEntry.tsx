"use client";

import { useMutation } from "@tanstack/react-query";
import { MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Avatar } from "@/components/ui/Avatar";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { RelativeTime } from "@/components/ui/RelativeTime";
import type { ActivityItem } from "@/server/services/issueDetail/activity";
import { activitySentence } from "./activitySentence";
import { CommentForm } from "./CommentForm";
import { Markdown } from "./Markdown";

type ActivityEntryProps = {
  item: ActivityItem;
  orgSlug: string;
  issueId: number;
  onChanged: () => Promise<unknown>;
};

/** One line of the timeline; a comment shows as a card its author can edit or delete. */
export function ActivityEntry({ item, orgSlug, issueId, onChanged }: ActivityEntryProps) {
  const actor = item.user?.name ?? "Faultline";
  if (item.type !== "note") {
    return (
      <li className="relative text-[13px]">
        <span
          aria-hidden
          className="absolute top-1.5 -left-[29px] size-2.5 rounded-full bg-line-strong ring-4 ring-canvas"
        />
        <span className="font-medium text-fg">{actor}</span>{" "}
        <span className="text-fg-muted">{activitySentence(item)}</span>
        <span className="ml-2 text-xs text-fg-subtle">
          <RelativeTime date={item.createdAt} />
        </span>
      </li>
    );
  }
  return <Comment item={item} orgSlug={orgSlug} issueId={issueId} onChanged={onChanged} />;
}

function Comment({ item, orgSlug, issueId, onChanged }: ActivityEntryProps) {
  const trpc = useTRPC();
  const org = useCurrentOrg();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const edit = useMutation(trpc.issueDetail.editComment.mutationOptions({ onSuccess: onChanged }));
  const remove = useMutation(
    trpc.issueDetail.deleteComment.mutationOptions({
      onSuccess: async () => {
        await onChanged();
        setDeleting(false);
      },
    }),
  );
  const text = typeof item.data.text === "string" ? item.data.text : "";
  const isAuthor = item.user?.id === org.user.id;
  const canDelete = isAuthor || org.canManage;
  const name = item.user?.name ?? "Former member";

  return (
    <li className="relative" aria-label={`Comment by ${name}`}>
      <span className="absolute -left-[37px] top-1 ring-4 ring-canvas rounded-full">
        <Avatar name={name} size="xs" />
      </span>
      {editing ? (
        <CommentForm
          initial={text}
          submitLabel="Save"
          pending={edit.isPending}
          error={edit.error ? trpcErrorMessage(edit.error) : null}
          onCancel={() => setEditing(false)}
          onSubmit={async (next) => {
            await edit.mutateAsync({ orgSlug, issueId, activityId: item.id, text: next });
            setEditing(false);
          }}
        />
      ) : (
        <article className="rounded-xl border border-line bg-panel shadow-card">
          <header className="flex items-center gap-2 border-b border-line px-3 py-1.5 text-[13px]">
            <span className="font-medium text-fg">{name}</span>
            <span className="text-xs text-fg-subtle">
              <RelativeTime date={item.createdAt} />
              {typeof item.data.editedAt === "string" ? " · edited" : ""}
            </span>
            {isAuthor || canDelete ? (
              <span className="ml-auto">
                <Menu
                  align="end"
                  trigger={({ toggle }) => (
                    <button
                      type="button"
                      onClick={toggle}
                      aria-label="Comment actions"
                      className="inline-flex size-6 items-center justify-center rounded-md text-fg-subtle hover:bg-hover hover:text-fg"
                    >
                      <MoreHorizontal size={14} />
                    </button>
                  )}
                >
                  {(close) => (
                    <>
                      {isAuthor ? (
                        <MenuItem
                          icon={<Pencil size={14} />}
                          onSelect={() => {
                            close();
                            setEditing(true);
                          }}
                        >
                          Edit
                        </MenuItem>
                      ) : null}
                      {canDelete ? (
                        <MenuItem
                          icon={<Trash2 size={14} />}
                          onSelect={() => {
                            close();
                            setDeleting(true);
                          }}
                        >
                          Delete
                        </MenuItem>
                      ) : null}
                    </>
                  )}
                </Menu>
              </span>
            ) : null}
          </header>
          <div className="px-3 py-2.5">
            <Markdown source={text} />
          </div>
        </article>
      )}
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        onConfirm={() => remove.mutate({ orgSlug, issueId, activityId: item.id })}
        title="Delete this comment?"
        description={
          isAuthor
            ? "It disappears from the issue's activity for everyone."
            : `${name}'s comment disappears from the issue's activity for everyone.`
        }
        confirmLabel="Delete comment"
        pending={remove.isPending}
        error={remove.error ? trpcErrorMessage(remove.error) : null}
        tone="danger"
      />
    </li>
  );
}
