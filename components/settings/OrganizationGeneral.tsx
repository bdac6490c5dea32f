"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { CopyButton } from "@/components/ui/CopyButton";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Panel } from "@/components/ui/Panel";
import { Skeleton } from "@/components/ui/Skeleton";
import { RoleBadge } from "@/components/members/RoleBadge";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-[180px_1fr] sm:items-center">
      <dt className="text-[13px] text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-[13px] text-fg">{children}</dd>
    </div>
  );
}

export function OrganizationGeneral() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const summary = useQuery(trpc.organizations.get.queryOptions({ orgSlug: org.slug }));

  return (
    <>
      <PageHeader title="General" description="Your organization's identity in Faultline." />
      {summary.error ? (
        <ErrorState
          message={trpcErrorMessage(summary.error)}
          onRetry={() => void summary.refetch()}
        />
      ) : (
        <Panel
          title="Organization"
          description="The slug is part of every URL and API path, so it doesn't change."
        >
          <dl className="divide-y divide-line">
            <Row label="Name">
              <span className="font-medium">{org.name}</span>
            </Row>
            <Row label="Slug">
              <span className="inline-flex items-center gap-1">
                <code className="rounded bg-hover px-1.5 py-0.5 font-mono text-xs">{org.slug}</code>
                <CopyButton value={org.slug} label="Copy slug" />
              </span>
            </Row>
            <Row label="Your role">
              <RoleBadge role={org.role} />
            </Row>
            <Row label="Members">
              {summary.data ? summary.data.memberCount : <Skeleton className="h-4 w-8" />}
            </Row>
            <Row label="Projects">
              {summary.data ? summary.data.projectCount : <Skeleton className="h-4 w-8" />}
            </Row>
          </dl>
        </Panel>
      )}
    </>
  );
}
