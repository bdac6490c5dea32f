"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight, FolderKanban, Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
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
import { NewProjectDialog } from "./NewProjectDialog";
import { PlatformIcon } from "./PlatformIcon";
import { platformLabel } from "./platforms";

export function ProjectsList() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const router = useRouter();
  const projects = useQuery(trpc.projects.list.queryOptions({ orgSlug: org.slug }));
  const [creating, setCreating] = useState(false);

  const newButton = org.canManage ? (
    <Button variant="primary" icon={<Plus size={14} />} onClick={() => setCreating(true)}>
      New project
    </Button>
  ) : null;

  const body = (() => {
    if (projects.isPending) return <TableSkeleton label="Loading projects" />;
    if (projects.error) {
      return (
        <ErrorState
          message={trpcErrorMessage(projects.error)}
          onRetry={() => void projects.refetch()}
        />
      );
    }
    if (projects.data.length === 0) {
      return (
        <EmptyState
          icon={<FolderKanban size={20} />}
          title="No projects yet"
          description={
            org.canManage
              ? "Create a project for each application or service you want to monitor. Each one gets its own DSN."
              : "Only owners and admins can create projects. Ask one of them to add the first project."
          }
          actions={newButton}
        />
      );
    }
    return (
      <Table>
        <TableHead>
          <TableHeaderCell>Project</TableHeaderCell>
          <TableHeaderCell>Teams</TableHeaderCell>
          <TableHeaderCell>DSN</TableHeaderCell>
          <TableHeaderCell className="w-8">
            <span className="sr-only">Open</span>
          </TableHeaderCell>
        </TableHead>
        <TableBody>
          {projects.data.map((project) => {
            const href = `/${org.slug}/settings/projects/${project.slug}`;
            return (
              <TableRow
                key={project.id}
                className="cursor-pointer"
                onClick={() => router.push(href)}
              >
                <TableCell>
                  <div className="flex items-center gap-3">
                    <PlatformIcon platform={project.platform} size="md" />
                    <div className="min-w-0">
                      <Link
                        href={href}
                        className="block truncate font-medium text-fg hover:underline"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {project.name}
                      </Link>
                      <div className="truncate text-xs text-fg-muted">
                        {platformLabel(project.platform)} · {project.shortIdPrefix}
                      </div>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {project.teamSlugs.length === 0 ? (
                      <span className="text-fg-subtle">—</span>
                    ) : null}
                    {project.teamSlugs.map((slug) => (
                      <Badge key={slug}>#{slug}</Badge>
                    ))}
                  </div>
                </TableCell>
                <TableCell className="max-w-0 w-[45%]">
                  {project.dsn ? (
                    <div
                      className="flex items-center gap-1"
                      onClick={(event) => event.stopPropagation()}
                    >
                      <code className="min-w-0 truncate font-mono text-xs text-fg-muted">
                        {project.dsn}
                      </code>
                      <CopyButton value={project.dsn} label={`Copy DSN of ${project.name}`} />
                    </div>
                  ) : (
                    <Badge tone="warning">No active key</Badge>
                  )}
                </TableCell>
                <TableCell>
                  <ChevronRight size={16} className="text-fg-subtle" />
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
        title="Projects"
        description="Each project receives events through its own DSN."
        actions={projects.data && projects.data.length > 0 ? newButton : null}
      />
      {body}
      <NewProjectDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={({ slug }) => {
          setCreating(false);
          router.push(`/${org.slug}/settings/projects/${slug}`);
        }}
      />
    </>
  );
}
