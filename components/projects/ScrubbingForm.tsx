"use client";

import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Field } from "@/components/ui/Field";
import { Panel } from "@/components/ui/Panel";
import { PanelSaveActions } from "@/components/ui/PanelSaveActions";
import { Switch } from "@/components/ui/Switch";
import { Textarea } from "@/components/ui/Textarea";
import { useToast } from "@/components/ui/Toast";
import { linesToList } from "./linesToList";
import { useUpdateProject } from "./useUpdateProject";

type ScrubbingFormProps = {
  orgSlug: string;
  projectSlug: string;
  scrubData: boolean;
  scrubFields: string[];
  canManage: boolean;
};

export function ScrubbingForm({
  orgSlug,
  projectSlug,
  scrubData,
  scrubFields,
  canManage,
}: ScrubbingFormProps) {
  const update = useUpdateProject();
  const toast = useToast();
  const [enabled, setEnabled] = useState(scrubData);
  const [fields, setFields] = useState(scrubFields.join("\n"));
  const dirty = enabled !== scrubData || linesToList(fields).join("\n") !== scrubFields.join("\n");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { orgSlug, projectSlug, scrubData: enabled, scrubFields: linesToList(fields) },
      { onSuccess: () => toast.success("Data scrubbing saved") },
    );
  };

  return (
    <form onSubmit={onSubmit}>
      <Panel
        title="Data scrubbing"
        description="Remove sensitive values from events before they are stored."
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
        <div className="flex flex-col gap-5">
          <div className="flex items-start justify-between gap-6">
            <div>
              <label htmlFor="scrub-data" className="text-[13px] font-medium text-fg">
                Scrub sensitive data
              </label>
              <p className="mt-0.5 text-xs text-fg-muted">
                Passwords, secrets, tokens, authorization headers, cookies and credit-card numbers
                are replaced with [Filtered].
              </p>
            </div>
            <Switch
              id="scrub-data"
              label="Scrub sensitive data"
              checked={enabled}
              onChange={setEnabled}
              disabled={!canManage}
            />
          </div>
          <Field
            label="Additional fields to scrub"
            htmlFor="scrub-fields"
            hint="One field name per line, matched anywhere in the event, e.g. ssn or iban."
          >
            <Textarea
              id="scrub-fields"
              value={fields}
              onChange={(event) => setFields(event.target.value)}
              placeholder={"ssn\niban"}
              disabled={!canManage || !enabled}
              rows={3}
            />
          </Field>
        </div>
      </Panel>
    </form>
  );
}
