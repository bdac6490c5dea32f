"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { useToast } from "@/components/ui/Toast";

export function CreateTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.teams.create.mutationOptions({
      onSuccess: async ({ slug }) => {
        await queryClient.invalidateQueries(trpc.teams.pathFilter());
        toast.success(`Team #${slug} created`);
        close();
      },
    }),
  );

  const close = () => {
    create.reset();
    setName("");
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ orgSlug: org.slug, name: name.trim() });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create team"
      description="Teams group people with the projects they look after."
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field label="Team name" htmlFor="team-name" hint="For example Frontend, Payments or SRE.">
          <Input
            id="team-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            required
          />
        </Field>
        <InlineError message={create.error ? trpcErrorMessage(create.error) : null} />
        <DialogFormActions
          submitLabel="Create team"
          onCancel={close}
          pending={create.isPending}
          disabled={!name.trim()}
        />
      </form>
    </Dialog>
  );
}
