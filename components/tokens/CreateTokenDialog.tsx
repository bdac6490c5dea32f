"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertTriangle } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { Button } from "@/components/ui/Button";
import { CopyButton } from "@/components/ui/CopyButton";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { SCOPE_OPTIONS, type TokenScope } from "./scopes";

const ALL_ORGANIZATIONS = "";

/** Creates a personal API token and shows it exactly once. */
export function CreateTokenDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organizations = useQuery({ ...trpc.organizations.list.queryOptions(), enabled: open });
  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.tokens.list.queryFilter()),
    }),
  );
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [orgSlug, setOrgSlug] = useState(org.slug);

  const close = () => {
    create.reset();
    setName("");
    setScope("read");
    setOrgSlug(org.slug);
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), scope, ...(orgSlug ? { orgSlug } : {}) });
  };

  if (create.data) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title="Token created"
        description={`“${name.trim()}” can now call the API as you.`}
        footer={
          <Button variant="primary" onClick={close}>
            I&apos;ve saved it
          </Button>
        }
      >
        <div className="flex flex-col gap-4">
          <div className="flex items-start gap-2.5 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2.5 text-[13px] text-amber-900 dark:border-amber-500/25 dark:bg-amber-500/10 dark:text-amber-200">
            <AlertTriangle size={16} className="mt-px shrink-0" />
            <p>
              Copy this token now. Faultline only stores a hash of it, so you won&apos;t be able to
              see it again.
            </p>
          </div>
          <div className="flex items-center gap-2 rounded-md border border-line bg-subtle p-1 pl-3">
            <code
              data-testid="new-token"
              className="min-w-0 flex-1 font-mono text-xs break-all text-fg select-all"
            >
              {create.data.token}
            </code>
            <CopyButton value={create.data.token} label="Copy token" appearance="button" />
          </div>
          <p className="text-xs text-fg-muted">
            Send it as{" "}
            <code className="font-mono text-fg">Authorization: Bearer &lt;token&gt;</code> to{" "}
            <code className="font-mono text-fg">/api/0/…</code>, like a Sentry auth token.
          </p>
        </div>
      </Dialog>
    );
  }

  const organizationOptions = [
    ...(organizations.data ?? [{ slug: org.slug, name: org.name }]).map((item) => ({
      value: item.slug,
      label: `Only ${item.name}`,
    })),
    { value: ALL_ORGANIZATIONS, label: "All my organizations" },
  ];

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create API token"
      description="Personal tokens act as you, within the scope you pick."
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field label="Name" htmlFor="token-name" hint="What it's for, e.g. CI release upload.">
          <Input
            id="token-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            required
          />
        </Field>
        <Field
          label="Scope"
          htmlFor="token-scope"
          hint={SCOPE_OPTIONS.find((option) => option.value === scope)?.description}
        >
          <Select
            id="token-scope"
            value={scope}
            onChange={(event) => setScope(event.target.value as TokenScope)}
            options={SCOPE_OPTIONS.map(({ value, label }) => ({ value, label }))}
          />
        </Field>
        <Field label="Organization" htmlFor="token-organization">
          <Select
            id="token-organization"
            value={orgSlug}
            onChange={(event) => setOrgSlug(event.target.value)}
            options={organizationOptions}
          />
        </Field>
        <InlineError message={create.error ? trpcErrorMessage(create.error) : null} />
        <DialogFormActions
          submitLabel="Create token"
          onCancel={close}
          pending={create.isPending}
          disabled={!name.trim()}
        />
      </form>
    </Dialog>
  );
}
