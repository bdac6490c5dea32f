"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Trash2, UsersRound } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RoleBadge } from "@/components/members/RoleBadge";
import { PlatformIcon } from "@/components/projects/PlatformIcon";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorCode, trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LinkButton } from "@/components/ui/LinkButton";
import { Panel } from "@/components/ui/Panel";
import { Skeleton } from "@/components/ui/Skeleton";
import { useToast } from "@/components/ui/Toast";
import { AddToTeamForm } from "./AddToTeamForm";
import { useTeamMembership } from "./useTeamMembership";

function BackLink({ orgSlug }: { orgSlug: string }) {
  return (
    <Link
      href={`/${orgSlug}/settings/teams`}
      className="mb-3 inline-flex items-center gap-1 text-[13px] text-fg-muted hover:text-fg"
    >
      <ArrowLeft size={14} /> Teams
    </Link>
  );
}

export function TeamDetail({ teamSlug }: { teamSlug: string }) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const team = useQuery(trpc.teams.get.queryOptions({ orgSlug: org.slug, teamSlug }));
  const members = useQuery({
    ...trpc.members.list.queryOptions({ orgSlug: org.slug }),
    enabled: org.canManage,
  });
  const projects = useQuery({
    ...trpc.projects.list.queryOptions({ orgSlug: org.slug }),
    enabled: org.canManage,
  });
  const { addMember, removeMember, addProject, removeProject } = useTeamMembership();
  const [deleting, setDeleting] = useState(false);
  const deleteTeam = useMutation(
    trpc.teams.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.teams.pathFilter());
        toast.success(`Team #${teamSlug} deleted`);
        router.push(`/${org.slug}/settings/teams`);
      },
    }),
  );

  const notify = (message: string) => ({
    onSuccess: () => toast.success(message),
    onError: (error: unknown) => toast.error(trpcErrorMessage(error)),
  });

  if (team.isPending) {
    return (
      <div className="flex flex-col gap-6" role="status" aria-label="Loading team">
        <BackLink orgSlug={org.slug} />
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-48 w-full rounded-xl" />
      </div>
    );
  }
  if (team.error) {
    return (
      <>
        <BackLink orgSlug={org.slug} />
        {trpcErrorCode(team.error) === "NOT_FOUND" ? (
          <EmptyState
            icon={<UsersRound size={20} />}
            title="Team not found"
            description={`There is no team “${teamSlug}” in ${org.name}.`}
            actions={<LinkButton href={`/${org.slug}/settings/teams`}>All teams</LinkButton>}
          />
        ) : (
          <ErrorState message={trpcErrorMessage(team.error)} onRetry={() => void team.refetch()} />
        )}
      </>
    );
  }

  const data = team.data;
  const memberIds = new Set(data.members.map((member) => member.userId));
  const projectSlugs = new Set(data.projects.map((project) => project.slug));
  const memberOptions = (members.data ?? [])
    .filter((member) => !memberIds.has(member.userId))
    .map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }));
  const projectOptions = (projects.data ?? [])
    .filter((project) => !projectSlugs.has(project.slug))
    .map((project) => ({ value: project.slug, label: project.name }));

  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink orgSlug={org.slug} />
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-xl font-semibold tracking-tight text-fg">#{data.slug}</h1>
            <p className="mt-1 text-[13px] text-fg-muted">
              {data.name} · {data.members.length} {data.members.length === 1 ? "member" : "members"}{" "}
              · {data.projects.length} {data.projects.length === 1 ? "project" : "projects"}
            </p>
          </div>
          {org.canManage ? (
            <Button
              variant="secondary"
              icon={<Trash2 size={14} />}
              onClick={() => {
                deleteTeam.reset();
                setDeleting(true);
              }}
            >
              Delete team
            </Button>
          ) : null}
        </div>
      </div>

      <Panel
        title="Members"
        actions={
          !org.canManage && !data.isMember ? (
            <Button
              size="sm"
              pending={addMember.isPending}
              onClick={() =>
                addMember.mutate(
                  { orgSlug: org.slug, teamSlug, userId: org.user.id },
                  notify(`You joined #${teamSlug}`),
                )
              }
            >
              Join team
            </Button>
          ) : null
        }
      >
        {data.members.length === 0 ? (
          <p className="text-[13px] text-fg-muted">Nobody is in this team yet.</p>
        ) : (
          <ul className="-my-2 divide-y divide-line">
            {data.members.map((member) => {
              const self = member.userId === org.user.id;
              return (
                <li key={member.userId} className="flex items-center gap-3 py-2.5">
                  <Avatar name={member.name || member.email} size="md" />
                  <div className="min-w-0 flex-1">
                    <div className="truncate text-[13px] font-medium text-fg">{member.name}</div>
                    <div className="truncate text-xs text-fg-muted">{member.email}</div>
                  </div>
                  <RoleBadge role={member.role} />
                  {org.canManage || self ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      pending={
                        removeMember.isPending && removeMember.variables?.userId === member.userId
                      }
                      onClick={() =>
                        removeMember.mutate(
                          { orgSlug: org.slug, teamSlug, userId: member.userId },
                          notify(
                            self
                              ? `You left #${teamSlug}`
                              : `${member.name} removed from #${teamSlug}`,
                          ),
                        )
                      }
                    >
                      {self ? "Leave" : "Remove"}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {org.canManage ? (
          <div className="mt-4 border-t border-line pt-4">
            <AddToTeamForm
              label="Add a member…"
              options={memberOptions}
              emptyText="Everyone in the organization is already in this team."
              pending={addMember.isPending}
              onAdd={(userId) =>
                addMember.mutate({ orgSlug: org.slug, teamSlug, userId }, notify("Member added"))
              }
            />
          </div>
        ) : null}
      </Panel>

      <Panel title="Projects" description="Projects this team looks after.">
        {data.projects.length === 0 ? (
          <p className="text-[13px] text-fg-muted">This team has no projects yet.</p>
        ) : (
          <ul className="-my-2 divide-y divide-line">
            {data.projects.map((project) => (
              <li key={project.id} className="flex items-center gap-3 py-2.5">
                <PlatformIcon platform={project.platform} size="md" />
                <Link
                  href={`/${org.slug}/settings/projects/${project.slug}`}
                  className="min-w-0 flex-1 truncate text-[13px] font-medium text-fg hover:underline"
                >
                  {project.name}
                </Link>
                {org.canManage ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    pending={
                      removeProject.isPending &&
                      removeProject.variables?.projectSlug === project.slug
                    }
                    onClick={() =>
                      removeProject.mutate(
                        { orgSlug: org.slug, teamSlug, projectSlug: project.slug },
                        notify(`${project.name} removed from #${teamSlug}`),
                      )
                    }
                  >
                    Remove
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {org.canManage ? (
          <div className="mt-4 border-t border-line pt-4">
            <AddToTeamForm
              label="Add a project…"
              options={projectOptions}
              emptyText="All of the organization's projects are already in this team."
              pending={addProject.isPending}
              onAdd={(projectSlug) =>
                addProject.mutate(
                  { orgSlug: org.slug, teamSlug, projectSlug },
                  notify("Project added"),
                )
              }
            />
          </div>
        ) : null}
      </Panel>

      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        onConfirm={() => deleteTeam.mutate({ orgSlug: org.slug, teamSlug })}
        title={`Delete #${teamSlug}?`}
        description="Its members stay in the organization and its projects keep their data; only the team goes away."
        confirmLabel="Delete team"
        pending={deleteTeam.isPending}
        error={deleteTeam.error ? trpcErrorMessage(deleteTeam.error) : null}
      />
    </div>
  );
}
