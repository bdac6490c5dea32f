"use client";

import { useQuery } from "@tanstack/react-query";
import { FolderPlus, Layers, Plus } from "lucide-react";
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
import { Skeleton } from "@/components/ui/Skeleton";
import { GettingStartedSteps } from "./GettingStartedSteps";
import { IssueTotals } from "./IssueTotals";
import { WaitingForFirstEvent } from "./WaitingForFirstEvent";

/** While nothing has arrived, check for the first event every few seconds. */
const WAITING_POLL_MS = 5_000;

export function IssuesOverview() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const [selectedSlug, selectProject] = useSelectedProject();
  const [creating, setCreating] = useState(false);

  const projects = useQuery(trpc.projects.list.queryOptions({ orgSlug: org.slug }));
  const selected = projects.data?.find((project) => project.slug === selectedSlug) ?? null;
  const counts = useQuery({
    ...trpc.issues.count.queryOptions({
      orgSlug: org.slug,
      ...(selected ? { projectSlug: selected.slug } : {}),
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
        <div
          className="flex flex-col gap-4 rounded-xl border border-line bg-panel p-6"
          role="status"
          aria-label="Loading issues"
        >
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-6 w-72" />
          <Skeleton className="h-4 w-full max-w-xl" />
          <Skeleton className="mt-4 h-32 w-full" />
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

  const totals = counts.data ?? { total: 0, unresolved: 0 };
  if (totals.total === 0) {
    const project = selected ?? list[0]!;
    return (
      <>
        {header}
        <WaitingForFirstEvent
          orgSlug={org.slug}
          project={project}
          isOneOfMany={list.length > 1 && !selected}
        />
      </>
    );
  }

  return (
    <>
      {header}
      <IssueTotals
        total={totals.total}
        unresolved={totals.unresolved}
        icon={<Layers size={20} />}
      />
    </>
  );
}
