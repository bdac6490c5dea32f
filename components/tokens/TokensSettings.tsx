"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRound, Plus } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
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
import { useToast } from "@/components/ui/Toast";
import { CreateTokenDialog } from "./CreateTokenDialog";

const scopeTones: Record<string, BadgeTone> = { read: "neutral", write: "info", admin: "warning" };

export function TokensSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.tokens.list.queryFilter());
        toast.success("Token revoked");
        setRevoking(null);
      },
    }),
  );

  const createButton = (
    <Button variant="primary" icon={<Plus size={14} />} onClick={() => setCreating(true)}>
      Create token
    </Button>
  );

  const body = (() => {
    if (tokens.isPending) return <TableSkeleton label="Loading API tokens" />;
    if (tokens.error)
      return (
        <ErrorState
          message={trpcErrorMessage(tokens.error)}
          onRetry={() => void tokens.refetch()}
        />
      );
    if (tokens.data.length === 0) {
      return (
        <EmptyState
          icon={<KeyRound size={20} />}
          title="No API tokens"
          description="Tokens let scripts, CI and sentry-cli call Faultline's Sentry-compatible API as you."
          actions={createButton}
        />
      );
    }
    return (
      <Table>
        <TableHead>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Scope</TableHeaderCell>
          <TableHeaderCell>Organization</TableHeaderCell>
          <TableHeaderCell>Token</TableHeaderCell>
          <TableHeaderCell>Created</TableHeaderCell>
          <TableHeaderCell>Last used</TableHeaderCell>
          <TableHeaderCell className="text-right">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </TableHead>
        <TableBody>
          {tokens.data.map((token) => (
            <TableRow key={token.id}>
              <TableCell className="font-medium text-fg">{token.name}</TableCell>
              <TableCell>
                <Badge tone={scopeTones[token.scope] ?? "neutral"}>{token.scope}</Badge>
              </TableCell>
              <TableCell className="text-fg-muted">{token.organizationSlug ?? "All"}</TableCell>
              <TableCell>
                <code className="font-mono text-xs text-fg-muted">…{token.tokenLastChars}</code>
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={token.createdAt} />
              </TableCell>
              <TableCell className="text-fg-muted">
                <RelativeTime date={token.lastUsedAt} fallback="Never" />
              </TableCell>
              <TableCell className="text-right">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => {
                    revoke.reset();
                    setRevoking({ id: token.id, name: token.name });
                  }}
                >
                  Revoke
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  })();

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Personal tokens for the Sentry-compatible REST API. They belong to you, not to this organization."
        actions={tokens.data && tokens.data.length > 0 ? createButton : null}
      />
      {body}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description="Anything using this token gets 401 from now on. This can't be undone."
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error ? trpcErrorMessage(revoke.error) : null}
      />
    </>
  );
}
