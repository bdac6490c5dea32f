"use client";

import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Panel } from "@/components/ui/Panel";
import { PanelSaveActions } from "@/components/ui/PanelSaveActions";
import { Select } from "@/components/ui/Select";
import { useToast } from "@/components/ui/Toast";
import { PLATFORM_OPTIONS } from "./platforms";
import { useUpdateProject } from "./useUpdateProject";

type ProjectGeneralFormProps = {
  orgSlug: string;
  project: {
    id: number;
    slug: string;
    name: string;
    platform: string | null;
    shortIdPrefix: string;
  };
  canManage: boolean;
};

export function ProjectGeneralForm({ orgSlug, project, canManage }: ProjectGeneralFormProps) {
  const update = useUpdateProject();
  const toast = useToast();
  const [name, setName] = useState(project.name);
  const [platform, setPlatform] = useState(project.platform ?? "other");
  const dirty = name.trim() !== project.name || platform !== (project.platform ?? "other");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { orgSlug, projectSlug: project.slug, name: name.trim(), platform },
      { onSuccess: () => toast.success("Project saved") },
    );
  };

  const platformOptions = PLATFORM_OPTIONS.some((option) => option.value === platform)
    ? PLATFORM_OPTIONS
    : [...PLATFORM_OPTIONS, { value: platform, label: platform }];

  return (
    <form onSubmit={onSubmit}>
      <Panel
        title="General"
        footer={
          canManage ? (
            <PanelSaveActions
              error={update.error ? trpcErrorMessage(update.error) : null}
              pending={update.isPending}
              disabled={!dirty || !name.trim()}
            />
          ) : null
        }
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Name" htmlFor="project-settings-name">
            <Input
              id="project-settings-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              disabled={!canManage}
            />
          </Field>
          <Field label="Platform" htmlFor="project-settings-platform">
            <Select
              id="project-settings-platform"
              value={platform}
              onChange={(event) => setPlatform(event.target.value)}
              options={platformOptions}
              disabled={!canManage}
            />
          </Field>
          <Field label="Slug" htmlFor="project-settings-slug" hint="Used in URLs and the API.">
            <Input id="project-settings-slug" value={project.slug} readOnly className="font-mono" />
          </Field>
          <Field
            label="Project ID"
            htmlFor="project-settings-id"
            hint={`Ends the DSN. Issues are numbered ${project.shortIdPrefix}-1, ${project.shortIdPrefix}-2…`}
          >
            <Input id="project-settings-id" value={project.id} readOnly className="font-mono" />
          </Field>
        </div>
      </Panel>
    </form>
  );
}
