"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, FolderX } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorCode, trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { LinkButton } from "@/components/ui/LinkButton";
import { Panel } from "@/components/ui/Panel";
import { Skeleton } from "@/components/ui/Skeleton";
import { AllowedOriginsForm } from "./AllowedOriginsForm";
import { DsnSnippet } from "./DsnSnippet";
import { PlatformIcon } from "./PlatformIcon";
import { platformLabel } from "./platforms";
import { ProjectGeneralForm } from "./ProjectGeneralForm";
import { ProjectKeysPanel } from "./ProjectKeysPanel";
import { ProjectTeamsPanel } from "./ProjectTeamsPanel";
import { ScrubbingForm } from "./ScrubbingForm";

function BackLink({ orgSlug }: { orgSlug: string }) {
  return (
    <Link
      href={`/${orgSlug}/settings/projects`}
      className="mb-3 inline-flex items-center gap-1 text-[13px] text-fg-muted hover:text-fg"
    >
      <ArrowLeft size={14} /> Projects
    </Link>
  );
}

export function ProjectSettings({ projectSlug }: { projectSlug: string }) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const project = useQuery(trpc.projects.get.queryOptions({ orgSlug: org.slug, projectSlug }));

  if (project.isPending) {
    return (
      <div className="flex flex-col gap-6" role="status" aria-label="Loading project">
        <BackLink orgSlug={org.slug} />
        <div className="flex items-center gap-3">
          <Skeleton className="size-10 rounded-lg" />
          <Skeleton className="h-6 w-48" />
        </div>
        <Skeleton className="h-64 w-full rounded-xl" />
        <Skeleton className="h-40 w-full rounded-xl" />
      </div>
    );
  }

  if (project.error) {
    if (trpcErrorCode(project.error) === "NOT_FOUND") {
      return (
        <>
          <BackLink orgSlug={org.slug} />
          <EmptyState
            icon={<FolderX size={20} />}
            title="Project not found"
            description={`There is no project “${projectSlug}” in ${org.name}.`}
            actions={<LinkButton href={`/${org.slug}/settings/projects`}>All projects</LinkButton>}
          />
        </>
      );
    }
    return (
      <>
        <BackLink orgSlug={org.slug} />
        <ErrorState
          message={trpcErrorMessage(project.error)}
          onRetry={() => void project.refetch()}
        />
      </>
    );
  }

  const data = project.data;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink orgSlug={org.slug} />
        <div className="flex items-center gap-3">
          <PlatformIcon platform={data.platform} size="md" />
          <div className="min-w-0">
            <h1 className="truncate text-xl font-semibold tracking-tight text-fg">{data.name}</h1>
            <p className="text-[13px] text-fg-muted">
              {platformLabel(data.platform)} · <span className="font-mono">{data.slug}</span>
            </p>
          </div>
        </div>
      </div>

      <Panel
        title="Set up your SDK"
        description="Install a Sentry SDK and initialise it with this DSN. No other change is needed to report to Faultline."
      >
        {data.dsn ? (
          <DsnSnippet dsn={data.dsn} platform={data.platform} showDsn={false} />
        ) : (
          <p className="text-[13px] text-fg-muted">
            This project has no active key. Enable or create one below to get a DSN.
          </p>
        )}
      </Panel>

      <ProjectKeysPanel
        orgSlug={org.slug}
        projectSlug={data.slug}
        keys={data.keys}
        canManage={org.canManage}
      />
      <ProjectGeneralForm
        key={`general-${data.name}-${data.platform}`}
        orgSlug={org.slug}
        project={data}
        canManage={org.canManage}
      />
      <ScrubbingForm
        key={`scrub-${String(data.scrubData)}-${data.scrubFields.join(",")}`}
        orgSlug={org.slug}
        projectSlug={data.slug}
        scrubData={data.scrubData}
        scrubFields={data.scrubFields}
        canManage={org.canManage}
      />
      <AllowedOriginsForm
        key={`origins-${data.allowedOrigins.join(",")}`}
        orgSlug={org.slug}
        projectSlug={data.slug}
        allowedOrigins={data.allowedOrigins}
        canManage={org.canManage}
      />
      <ProjectTeamsPanel orgSlug={org.slug} teams={data.teams} />
    </div>
  );
}
