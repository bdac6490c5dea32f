"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { CopyButton } from "@/components/ui/CopyButton";
import { ErrorState } from "@/components/ui/ErrorState";
import { RelativeTime } from "@/components/ui/RelativeTime";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/Table";
import { useToast } from "@/components/ui/Toast";
import { RoleBadge } from "./RoleBadge";

export function PendingInvitations() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const invitations = useQuery(trpc.members.invitations.queryOptions({ orgSlug: org.slug }));
  const [cancelling, setCancelling] = useState<{ id: string; email: string } | null>(null);
  const cancel = useMutation(
    trpc.members.cancelInvitation.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.members.invitations.queryFilter());
        toast.success("Invitation cancelled");
        setCancelling(null);
      },
    }),
  );

  if (invitations.isPending) return null;
  if (invitations.error) {
    return (
      <ErrorState
        message={trpcErrorMessage(invitations.error)}
        onRetry={() => void invitations.refetch()}
      />
    );
  }
  if (invitations.data.length === 0) return null;

  return (
    <section aria-labelledby="pending-invitations" className="mt-8">
      <h2 id="pending-invitations" className="mb-3 text-sm font-semibold text-fg">
        Pending invitations{" "}
        <span className="ml-1 font-normal text-fg-subtle">{invitations.data.length}</span>
      </h2>
      <Table>
        <TableHead>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Role</TableHeaderCell>
          <TableHeaderCell>Expires</TableHeaderCell>
          <TableHeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableHead>
        <TableBody>
          {invitations.data.map((invitation) => (
            <TableRow key={invitation.id}>
              <TableCell className="font-medium text-fg">{invitation.email}</TableCell>
              <TableCell>
                <RoleBadge role={invitation.role} />
              </TableCell>
              <TableCell className="text-fg-muted">
                {invitation.expired ? (
                  <Badge tone="warning">Expired</Badge>
                ) : (
                  <RelativeTime date={invitation.expiresAt} />
                )}
              </TableCell>
              <TableCell>
                <div className="flex items-center justify-end gap-1">
                  {invitation.link ? (
                    <CopyButton
                      value={invitation.link}
                      label={`Copy invitation link for ${invitation.email}`}
                    />
                  ) : null}
                  {org.canManage ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        cancel.reset();
                        setCancelling({ id: invitation.id, email: invitation.email });
                      }}
                    >
                      Cancel
                    </Button>
                  ) : null}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ConfirmDialog
        open={cancelling !== null}
        onClose={() => setCancelling(null)}
        onConfirm={() =>
          cancelling && cancel.mutate({ orgSlug: org.slug, invitationId: cancelling.id })
        }
        title="Cancel invitation?"
        description={`The link sent to ${cancelling?.email ?? ""} stops working. You can invite them again later.`}
        confirmLabel="Cancel invitation"
        pending={cancel.isPending}
        error={cancel.error ? trpcErrorMessage(cancel.error) : null}
      />
    </section>
  );
}
