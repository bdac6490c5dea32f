"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";

type CreateOrganizationDialogProps = { open: boolean; onClose: () => void };

export function CreateOrganizationDialog({ open, onClose }: CreateOrganizationDialogProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      // The new organization's layout is rendered by the server, with the updated organization list.
      onSuccess: ({ slug }) => router.push(`/${slug}/issues`),
    }),
  );
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");

  const close = () => {
    create.reset();
    setName("");
    setSlug("");
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create organization"
      description="Organizations hold projects, teams and members. You'll be its owner."
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field label="Name" htmlFor="org-name">
          <Input
            id="org-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="Acme Inc."
            autoFocus
            required
          />
        </Field>
        <Field
          label="Slug"
          htmlFor="org-slug"
          aside="optional"
          hint="Used in URLs. Derived from the name when empty."
        >
          <Input
            id="org-slug"
            value={slug}
            onChange={(event) => setSlug(event.target.value.toLowerCase())}
            placeholder="acme"
            className="font-mono"
          />
        </Field>
        <InlineError message={create.error ? trpcErrorMessage(create.error) : null} />
        <DialogFormActions
          submitLabel="Create organization"
          onCancel={close}
          pending={create.isPending || create.isSuccess}
          disabled={!name.trim()}
        />
      </form>
    </Dialog>
  );
}
