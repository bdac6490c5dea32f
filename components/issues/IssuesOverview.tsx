"use client";

import { useQuery } from "@tanstack/react-query";
import { FolderPlus, Plus } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { NewProjectDialog } from "@/components/projects/NewProjectDialog";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { useSelectedProject } from "@/components/shell/useSelectedProject";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { GettingStartedSteps } from "./GettingStartedSteps";
import { IssueStream } from "./stream/IssueStream";
import { StreamSkeleton } from "./stream/StreamSkeleton";
import { streamStateFromSearchParams } from "./stream/streamUrl";
import { WaitingForFirstEvent } from "./WaitingForFirstEvent";

/** While nothing has arrived, check for the first event every few seconds. */
const WAITING_POLL_MS = 5_000;

/**
 * `/[org]/issues`: the issue stream once events arrive; before that, the way there (create a
 * project, then point an SDK at its DSN while we listen for the first event).
 */
export function IssuesOverview() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const [, selectProject] = useSelectedProject();
  const [creating, setCreating] = useState(false);

  const projects = useQuery(trpc.projects.list.queryOptions({ orgSlug: org.slug }));
  const filter = streamStateFromSearchParams(searchParams).projects;
  // One project picked: its own onboarding if it never received an event, even when others did.
  const single =
    Array.isArray(filter) && filter.length === 1
      ? (projects.data?.find((project) => project.slug === filter[0]) ?? null)
      : null;
  const counts = useQuery({
    ...trpc.issues.count.queryOptions({
      orgSlug: org.slug,
      ...(single ? { projectSlug: single.slug } : {}),
    }),
    enabled: (projects.data?.length ?? 0) > 0,
    refetchInterval: (query) => (query.state.data?.total === 0 ? WAITING_POLL_MS : false),
  });

  const header = (
    <PageHeader
      title="Issues"
      description="Errors from your applications, grouped into issues by their stack trace."
    />
  );

  if (projects.isPending || (projects.data && projects.data.length > 0 && counts.isPending)) {
    return (
      <>
        {header}
        <div className="rounded-lg border border-line bg-panel shadow-card">
          <div className="h-11 rounded-t-lg border-b border-line bg-subtle" />
          <StreamSkeleton rows={6} />
        </div>
      </>
    );
  }

  const error = projects.error ?? counts.error;
  if (error) {
    return (
      <>
        {header}
        <ErrorState
          title="Issues could not be loaded"
          message={trpcErrorMessage(error)}
          onRetry={() => {
            void projects.refetch();
            void counts.refetch();
          }}
        />
      </>
    );
  }

  const list = projects.data ?? [];
  if (list.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<FolderPlus size={20} />}
          title="Create your first project"
          description={
            org.canManage
              ? "A project stands for one application or service. Create one to get a DSN, then point your Sentry SDK at it."
              : "A project stands for one application or service. Ask an owner or admin of this organization to create one."
          }
          actions={
            org.canManage ? (
              <Button variant="primary" icon={<Plus size={14} />} onClick={() => setCreating(true)}>
                Create project
              </Button>
            ) : null
          }
        >
          <GettingStartedSteps />
        </EmptyState>
        <NewProjectDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={({ slug }) => {
            setCreating(false);
            selectProject(slug);
          }}
        />
      </>
    );
  }

  if ((counts.data?.total ?? 0) === 0) {
    const project = single ?? list[0]!;
    return (
      <>
        {header}
        <WaitingForFirstEvent
          orgSlug={org.slug}
          project={project}
          isOneOfMany={list.length > 1 && !single}
        />
      </>
    );
  }

  return <IssueStream projects={list} />;
}
