"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { InlineError } from "@/components/ui/InlineError";
import { Panel } from "@/components/ui/Panel";
import { useToast } from "@/components/ui/Toast";
import { ProjectKeyItem, type ProjectKeyView } from "./ProjectKeyItem";
import { RateLimitDialog } from "./RateLimitDialog";
import { useProjectKeyMutations } from "./useProjectKeyMutations";

type ProjectKeysPanelProps = {
  orgSlug: string;
  projectSlug: string;
  keys: ProjectKeyView[];
  canManage: boolean;
};

/** Active keys on top, then disabled ones; newest first within each group. */
function activeFirst(keys: ProjectKeyView[]): ProjectKeyView[] {
  return [...keys].sort((a, b) => Number(b.isActive) - Number(a.isActive) || b.id - a.id);
}

/** Client keys: each is one DSN. Rotating issues a new key and disables the old one. */
export function ProjectKeysPanel({ orgSlug, projectSlug, keys, canManage }: ProjectKeysPanelProps) {
  const { createKey, rotateKey, setKeyActive } = useProjectKeyMutations();
  const toast = useToast();
  const [rotating, setRotating] = useState<ProjectKeyView | null>(null);
  const [limiting, setLimiting] = useState<ProjectKeyView | null>(null);

  const toggle = (key: ProjectKeyView) =>
    setKeyActive.mutate(
      { orgSlug, projectSlug, keyId: key.id, isActive: !key.isActive },
      {
        onSuccess: () =>
          toast.success(
            key.isActive ? `Key “${key.label}” disabled` : `Key “${key.label}” enabled`,
          ),
        onError: (error) => toast.error(trpcErrorMessage(error)),
      },
    );

  const rotate = () => {
    if (!rotating) return;
    rotateKey.mutate(
      { orgSlug, projectSlug, keyId: rotating.id },
      {
        onSuccess: () => {
          toast.success("Key rotated. Update your SDKs with the new DSN.");
          setRotating(null);
        },
      },
    );
  };

  return (
    <Panel
      title="Client keys (DSN)"
      description="SDKs authenticate with a key's DSN. Disable a key to stop accepting its events immediately."
      actions={
        canManage ? (
          <Button
            size="sm"
            icon={<Plus size={14} />}
            pending={createKey.isPending}
            onClick={() =>
              createKey.mutate(
                { orgSlug, projectSlug },
                {
                  onSuccess: () => toast.success("New key created"),
                  onError: (error) => toast.error(trpcErrorMessage(error)),
                },
              )
            }
          >
            New key
          </Button>
        ) : null
      }
    >
      <ul className="flex flex-col divide-y divide-line">
        {activeFirst(keys).map((key) => (
          <ProjectKeyItem
            key={key.id}
            projectKey={key}
            canManage={canManage}
            togglePending={setKeyActive.isPending && setKeyActive.variables?.keyId === key.id}
            onRotate={() => {
              rotateKey.reset();
              setRotating(key);
            }}
            onToggleActive={() => toggle(key)}
            onEditRateLimit={() => setLimiting(key)}
          />
        ))}
      </ul>
      {keys.length === 0 ? (
        <InlineError message="This project has no keys. Create one to receive events." />
      ) : null}
      <ConfirmDialog
        open={rotating !== null}
        onClose={() => setRotating(null)}
        onConfirm={rotate}
        title="Rotate key?"
        description={`A new key replaces “${rotating?.label ?? ""}”. The old DSN stops accepting events right away, so deploy the new DSN to your applications.`}
        confirmLabel="Rotate key"
        pending={rotateKey.isPending}
        error={rotateKey.error ? trpcErrorMessage(rotateKey.error) : null}
      />
      {limiting ? (
        <RateLimitDialog
          key={limiting.id}
          orgSlug={orgSlug}
          projectSlug={projectSlug}
          projectKey={limiting}
          onClose={() => setLimiting(null)}
        />
      ) : null}
    </Panel>
  );
}
