"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserPlus, Users } from "lucide-react";
import { useState } from "react";
import { reloadTo } from "@/components/auth/reloadTo";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Avatar } from "@/components/ui/Avatar";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { RelativeTime } from "@/components/ui/RelativeTime";
import { Select } from "@/components/ui/Select";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/Table";
import { TableSkeleton } from "@/components/ui/TableSkeleton";
import { useToast } from "@/components/ui/Toast";
import { InviteMemberDialog } from "./InviteMemberDialog";
import { PendingInvitations } from "./PendingInvitations";
import { RoleBadge } from "./RoleBadge";
import { grantableRoles } from "./roles";

type Member = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
};

export function MembersSettings() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const members = useQuery(trpc.members.list.queryOptions({ orgSlug: org.slug }));
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.members.list.queryFilter()),
      queryClient.invalidateQueries(trpc.organizations.get.queryFilter()),
      queryClient.invalidateQueries(trpc.teams.pathFilter()),
    ]);

  const updateRole = useMutation(
    trpc.members.updateRole.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.success("Role updated");
      },
      onError: (error) => toast.error(trpcErrorMessage(error)),
    }),
  );
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: async (_result, variables) => {
        if (removing?.userId === org.user.id && variables.memberId === removing.id) {
          reloadTo("/");
          return;
        }
        await refresh();
        toast.success("Member removed");
        setRemoving(null);
      },
    }),
  );

  const roleOptions = grantableRoles(org.role).map(({ value, label }) => ({ value, label }));
  const isSelf = (member: Member) => member.userId === org.user.id;

  const body = (() => {
    if (members.isPending) return <TableSkeleton label="Loading members" />;
    if (members.error) {
      return (
        <ErrorState
          message={trpcErrorMessage(members.error)}
          onRetry={() => void members.refetch()}
        />
      );
    }
    if (members.data.length === 0) {
      return (
        <EmptyState
          icon={<Users size={20} />}
          title="No members"
          description="Invite your team to get started."
        />
      );
    }
    return (
      <Table>
        <TableHead>
          <TableHeaderCell>Member</TableHeaderCell>
          <TableHeaderCell className="w-40">Role</TableHeaderCell>
          <TableHeaderCell>Joined</TableHeaderCell>
          <TableHeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableHead>
        <TableBody>
          {members.data.map((member) => {
            // Only owners may change an owner's role; the server enforces it, the UI doesn't offer it.
            const canEditRole =
              org.canManage && !isSelf(member) && (member.role !== "owner" || org.role === "owner");
            return (
              <TableRow key={member.id} data-testid="member-row">
                <TableCell>
                  <div className="flex items-center gap-3">
                    <Avatar name={member.name || member.email} size="md" />
                    <div className="min-w-0">
                      <div className="flex items-center gap-2">
                        <span className="truncate font-medium text-fg">{member.name}</span>
                        {isSelf(member) ? <Badge tone="accent">You</Badge> : null}
                      </div>
                      <div className="truncate text-xs text-fg-muted">{member.email}</div>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  {canEditRole ? (
                    <Select
                      compact
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      disabled={
                        updateRole.isPending && updateRole.variables?.memberId === member.id
                      }
                      onChange={(event) =>
                        updateRole.mutate({
                          orgSlug: org.slug,
                          memberId: member.id,
                          role: event.target.value as "member" | "admin" | "owner",
                        })
                      }
                      options={
                        roleOptions.some((option) => option.value === member.role)
                          ? roleOptions
                          : [
                              ...roleOptions,
                              { value: member.role, label: member.role, disabled: true },
                            ]
                      }
                    />
                  ) : (
                    <RoleBadge role={member.role} />
                  )}
                </TableCell>
                <TableCell className="text-fg-muted">
                  <RelativeTime date={member.createdAt} />
                </TableCell>
                <TableCell className="text-right">
                  {isSelf(member) ||
                  (org.canManage && (member.role !== "owner" || org.role === "owner")) ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        remove.reset();
                        setRemoving(member);
                      }}
                    >
                      {isSelf(member) ? "Leave" : "Remove"}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  })();

  const leaving = removing !== null && isSelf(removing);
  return (
    <>
      <PageHeader
        title="Members"
        description="People in this organization and what they can do."
        actions={
          org.canManage ? (
            <Button
              variant="primary"
              icon={<UserPlus size={14} />}
              onClick={() => setInviting(true)}
            >
              Invite member
            </Button>
          ) : null
        }
      />
      {body}
      <PendingInvitations />
      <InviteMemberDialog open={inviting} onClose={() => setInviting(false)} />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ orgSlug: org.slug, memberId: removing.id })}
        title={leaving ? `Leave ${org.name}?` : `Remove ${removing?.name ?? ""}?`}
        description={
          leaving
            ? "You'll lose access to its projects and issues until someone invites you again."
            : `${removing?.email ?? ""} loses access to ${org.name} and its teams right away.`
        }
        confirmLabel={leaving ? "Leave organization" : "Remove member"}
        pending={remove.isPending}
        error={remove.error ? trpcErrorMessage(remove.error) : null}
      />
    </>
  );
}
