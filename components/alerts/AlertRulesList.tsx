"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { useSelectedProject } from "@/components/shell/useSelectedProject";
import { Badge } from "@/components/ui/Badge";
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
import { describeActions, describeConditions } from "./describeRule";

export function AlertRulesList() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const [projectSlug] = useSelectedProject();
  const rules = useQuery(trpc.alerts.list.queryOptions({ orgSlug: org.slug }));

  const header = (
    <PageHeader
      title="Alerts"
      description="Rules that notify your team when issues appear, come back or spike."
    />
  );

  if (rules.isPending) {
    return (
      <>
        {header}
        <TableSkeleton label="Loading alert rules" />
      </>
    );
  }
  if (rules.error) {
    return (
      <>
        {header}
        <ErrorState
          title="Alert rules could not be loaded"
          message={trpcErrorMessage(rules.error)}
          onRetry={() => void rules.refetch()}
        />
      </>
    );
  }

  const visible = projectSlug
    ? rules.data.filter((rule) => rule.projectSlug === projectSlug)
    : rules.data;
  if (visible.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<Bell size={20} />}
          title="No alert rules yet"
          description="Alert rules will e-mail or call a webhook when a new issue appears, a resolved one regresses, or an issue spikes. Rule editing arrives with the alerting update; rules created through the API show up here."
        />
      </>
    );
  }

  return (
    <>
      {header}
      <Table>
        <TableHead>
          <TableHeaderCell>Rule</TableHeaderCell>
          <TableHeaderCell>Project</TableHeaderCell>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Then</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Last fired</TableHeaderCell>
        </TableHead>
        <TableBody>
          {visible.map((rule) => (
            <TableRow key={rule.id}>
              <TableCell className="font-medium text-fg">{rule.name}</TableCell>
              <TableCell>
                <Badge>{rule.projectSlug}</Badge>
              </TableCell>
              <TableCell className="text-fg-muted">
                {describeConditions(rule.conditions).join(" or ") || "—"}
              </TableCell>
              <TableCell className="text-fg-muted">
                {describeActions(rule.actions).join(", ") || "—"}
              </TableCell>
              <TableCell>
                {rule.enabled ? (
                  <Badge tone="success" dot>
                    Enabled
                  </Badge>
                ) : (
                  <Badge dot>Disabled</Badge>
                )}
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={rule.lastFiredAt} fallback="Never" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
