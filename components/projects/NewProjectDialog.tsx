"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { useToast } from "@/components/ui/Toast";
import { PLATFORM_OPTIONS } from "./platforms";

type NewProjectDialogProps = {
  open: boolean;
  onClose: () => void;
  onCreated: (project: { slug: string; id: number }) => void;
};

const NO_TEAM = "";

export function NewProjectDialog({ open, onClose, onCreated }: NewProjectDialogProps) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const teams = useQuery({ ...trpc.teams.list.queryOptions({ orgSlug: org.slug }), enabled: open });
  const [name, setName] = useState("");
  const [platform, setPlatform] = useState("javascript");
  const [teamSlug, setTeamSlug] = useState<string | null>(null);

  const create = useMutation(
    trpc.projects.create.mutationOptions({
      onSuccess: async (project) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.projects.list.queryFilter()),
          queryClient.invalidateQueries(trpc.teams.pathFilter()),
          queryClient.invalidateQueries(trpc.organizations.get.queryFilter()),
        ]);
        toast.success(`Project ${name.trim()} created`);
        reset();
        onCreated(project);
      },
    }),
  );

  // Until the user picks, the first team: new projects should be visible to someone.
  const selectedTeam = teamSlug ?? teams.data?.[0]?.slug ?? NO_TEAM;

  const reset = () => {
    setName("");
    setPlatform("javascript");
    setTeamSlug(null);
    create.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      orgSlug: org.slug,
      name: name.trim(),
      platform,
      ...(selectedTeam ? { teamSlug: selectedTeam } : {}),
    });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="New project"
      description="A project receives events from one application or service, through its own DSN."
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field
          label="Project name"
          htmlFor="project-name"
          hint="For example web, api or checkout-worker."
        >
          <Input
            id="project-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="web"
            autoFocus
            required
          />
        </Field>
        <Field label="Platform" htmlFor="project-platform">
          <Select
            id="project-platform"
            value={platform}
            onChange={(event) => setPlatform(event.target.value)}
            options={PLATFORM_OPTIONS}
          />
        </Field>
        <Field
          label="Team"
          htmlFor="project-team"
          hint="Members of this team see the project first."
        >
          <Select
            id="project-team"
            value={selectedTeam}
            onChange={(event) => setTeamSlug(event.target.value)}
            disabled={teams.isPending}
            options={[
              ...(teams.data ?? []).map((team) => ({ value: team.slug, label: `#${team.slug}` })),
              { value: NO_TEAM, label: "No team" },
            ]}
          />
        </Field>
        <InlineError message={create.error ? trpcErrorMessage(create.error) : null} />
        <DialogFormActions
          submitLabel="Create project"
          onCancel={close}
          pending={create.isPending}
          disabled={!name.trim()}
        />
      </form>
    </Dialog>
  );
}
