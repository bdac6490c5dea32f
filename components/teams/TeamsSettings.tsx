"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, Plus, UsersRound } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
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
import { CreateTeamDialog } from "./CreateTeamDialog";
import { useTeamMembership } from "./useTeamMembership";

export function TeamsSettings() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const teams = useQuery(trpc.teams.list.queryOptions({ orgSlug: org.slug }));
  const { addMember, removeMember } = useTeamMembership();
  const [creating, setCreating] = useState(false);

  const createButton = org.canManage ? (
    <Button variant="primary" icon={<Plus size={14} />} onClick={() => setCreating(true)}>
      Create team
    </Button>
  ) : null;

  const joinOrLeave = (teamSlug: string, isMember: boolean) => {
    const mutation = isMember ? removeMember : addMember;
    mutation.mutate(
      { orgSlug: org.slug, teamSlug, userId: org.user.id },
      {
        onSuccess: () =>
          toast.success(isMember ? `You left #${teamSlug}` : `You joined #${teamSlug}`),
        onError: (error) => toast.error(trpcErrorMessage(error)),
      },
    );
  };
  const pendingSlug =
    (addMember.isPending ? addMember.variables?.teamSlug : null) ??
    (removeMember.isPending ? removeMember.variables?.teamSlug : null);

  const body = (() => {
    if (teams.isPending) return <TableSkeleton label="Loading teams" />;
    if (teams.error)
      return (
        <ErrorState message={trpcErrorMessage(teams.error)} onRetry={() => void teams.refetch()} />
      );
    if (teams.data.length === 0) {
      return (
        <EmptyState
          icon={<UsersRound size={20} />}
          title="No teams yet"
          description="Teams group people with the projects they look after, so issues reach the right people."
          actions={createButton}
        />
      );
    }
    return (
      <Table>
        <TableHead>
          <TableHeaderCell>Team</TableHeaderCell>
          <TableHeaderCell>Members</TableHeaderCell>
          <TableHeaderCell>Projects</TableHeaderCell>
          <TableHeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableHead>
        <TableBody>
          {teams.data.map((team) => {
            const href = `/${org.slug}/settings/teams/${team.slug}`;
            return (
              <TableRow key={team.id} className="cursor-pointer" onClick={() => router.push(href)}>
                <TableCell>
                  <div className="flex items-center gap-2">
                    <Link
                      href={href}
                      className="font-medium text-fg hover:underline"
                      onClick={(event) => event.stopPropagation()}
                    >
                      #{team.slug}
                    </Link>
                    {team.name !== team.slug ? (
                      <span className="text-fg-muted">{team.name}</span>
                    ) : null}
                    {team.isMember ? <Badge tone="accent">Member</Badge> : null}
                  </div>
                </TableCell>
                <TableCell className="tabular-nums text-fg-muted">{team.memberCount}</TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {team.projectSlugs.length === 0 ? (
                      <span className="text-fg-subtle">—</span>
                    ) : null}
                    {team.projectSlugs.map((slug) => (
                      <Badge key={slug}>{slug}</Badge>
                    ))}
                  </div>
                </TableCell>
                <TableCell>
                  <div
                    className="flex items-center justify-end gap-1"
                    onClick={(event) => event.stopPropagation()}
                  >
                    <Button
                      size="sm"
                      variant="ghost"
                      pending={pendingSlug === team.slug}
                      onClick={() => joinOrLeave(team.slug, team.isMember)}
                    >
                      {team.isMember ? "Leave" : "Join"}
                    </Button>
                    <ChevronRight size={16} className="text-fg-subtle" />
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    );
  })();

  return (
    <>
      <PageHeader
        title="Teams"
        description="Group people with the projects they own."
        actions={teams.data && teams.data.length > 0 ? createButton : null}
      />
      {body}
      <CreateTeamDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
