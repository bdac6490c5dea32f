"use client";

import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Field } from "@/components/ui/Field";
import { Panel } from "@/components/ui/Panel";
import { PanelSaveActions } from "@/components/ui/PanelSaveActions";
import { Textarea } from "@/components/ui/Textarea";
import { useToast } from "@/components/ui/Toast";
import { linesToList } from "./linesToList";
import { useUpdateProject } from "./useUpdateProject";

type AllowedOriginsFormProps = {
  orgSlug: string;
  projectSlug: string;
  allowedOrigins: string[];
  canManage: boolean;
};

export function AllowedOriginsForm({
  orgSlug,
  projectSlug,
  allowedOrigins,
  canManage,
}: AllowedOriginsFormProps) {
  const update = useUpdateProject();
  const toast = useToast();
  const [origins, setOrigins] = useState(allowedOrigins.join("\n"));
  const dirty = linesToList(origins).join("\n") !== allowedOrigins.join("\n");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { orgSlug, projectSlug, allowedOrigins: linesToList(origins) },
      { onSuccess: () => toast.success("Allowed origins saved") },
    );
  };

  return (
    <form onSubmit={onSubmit}>
      <Panel
        title="Allowed origins"
        description="Browsers may only send events from these origins. Server-side SDKs are not affected."
        footer={
          canManage ? (
            <PanelSaveActions
              error={update.error ? trpcErrorMessage(update.error) : null}
              pending={update.isPending}
              disabled={!dirty}
            />
          ) : null
        }
      >
        <Field
          label="Origins"
          htmlFor="allowed-origins"
          hint={
            <>
              One per line: <code className="font-mono">https://app.example.com</code>,{" "}
              <code className="font-mono">*.example.com</code>, or{" "}
              <code className="font-mono">*</code> for any origin.
            </>
          }
        >
          <Textarea
            id="allowed-origins"
            value={origins}
            onChange={(event) => setOrigins(event.target.value)}
            placeholder="*"
            disabled={!canManage}
            rows={3}
          />
        </Field>
      </Panel>
    </form>
  );
}
