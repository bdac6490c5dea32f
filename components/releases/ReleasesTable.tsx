"use client";

import { useQuery } from "@tanstack/react-query";
import { Package } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { useSelectedProject } from "@/components/shell/useSelectedProject";
import { Badge } from "@/components/ui/Badge";
import { CodeBlock } from "@/components/ui/CodeBlock";
import { EmptyState } from "@/components/ui/EmptyState";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { RelativeTime } from "@/components/ui/RelativeTime";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/Table";
import { TableSkeleton } from "@/components/ui/TableSkeleton";

const RELEASE_EXAMPLE = `Sentry.init({
  dsn: "…",
  release: "my-app@1.4.0",
  environment: "production",
});`;

export function ReleasesTable() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const [projectSlug] = useSelectedProject();
  const releases = useQuery(
    trpc.releases.list.queryOptions({ orgSlug: org.slug, ...(projectSlug ? { projectSlug } : {}) }),
  );

  const header = (
    <PageHeader
      title="Releases"
      description="Versions of your applications, with the issues each one introduced."
    />
  );

  if (releases.isPending) {
    return (
      <>
        {header}
        <TableSkeleton label="Loading releases" />
      </>
    );
  }
  if (releases.error) {
    return (
      <>
        {header}
        <ErrorState
          title="Releases could not be loaded"
          message={trpcErrorMessage(releases.error)}
          onRetry={() => void releases.refetch()}
        />
      </>
    );
  }

  if (releases.data.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<Package size={20} />}
          title={projectSlug ? "No releases for this project yet" : "No releases yet"}
          description="Releases appear by themselves: set release in your SDK's init call, and every event it sends is tagged with that version. New versions show up here with their first event."
        >
          <CodeBlock code={RELEASE_EXAMPLE} copyLabel="Copy example" caption="app.js" />
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <Table>
        <TableHead>
          <TableHeaderCell>Version</TableHeaderCell>
          <TableHeaderCell>Projects</TableHeaderCell>
          <TableHeaderCell className="text-right">New issues</TableHeaderCell>
          <TableHeaderCell>First event</TableHeaderCell>
          <TableHeaderCell>Last event</TableHeaderCell>
          <TableHeaderCell>Created</TableHeaderCell>
        </TableHead>
        <TableBody>
          {releases.data.map((release) => (
            <TableRow key={release.version}>
              <TableCell className="max-w-72">
                <span
                  className="block truncate font-mono text-xs font-medium text-fg"
                  title={release.version}
                >
                  {release.version}
                </span>
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {release.projects.map((slug) => (
                    <Badge key={slug}>{slug}</Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {release.newIssues > 0 ? (
                  <Badge tone="danger">{release.newIssues}</Badge>
                ) : (
                  <span className="text-fg-subtle">0</span>
                )}
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={release.firstEvent} />
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={release.lastEvent} />
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={release.dateCreated} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
