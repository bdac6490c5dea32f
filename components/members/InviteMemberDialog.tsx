"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, Mail } from "lucide-react";
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
import { grantableRoles } from "./roles";

type InviteMemberDialogProps = { open: boolean; onClose: () => void };

/** Creates an invitation and shows its link: e-mail delivery is optional, the link always works. */
export function InviteMemberDialog({ open, onClose }: InviteMemberDialogProps) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.members.invitations.queryFilter()),
    }),
  );
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("member");
  const roles = grantableRoles(org.role);

  const close = () => {
    invite.reset();
    setEmail("");
    setRole("member");
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({
      orgSlug: org.slug,
      email: email.trim(),
      role: role as "member" | "admin" | "owner",
    });
  };

  if (invite.data) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title="Invitation created"
        footer={
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        }
      >
        <div className="flex flex-col gap-4">
          <div className="flex items-start gap-3 text-[13px] text-fg-muted">
            <CheckCircle2 size={18} className="mt-px shrink-0 text-emerald-500" />
            <p>
              Share this link with <span className="font-medium text-fg">{email.trim()}</span>. It
              lets them create their account and join {org.name}. It expires in 7 days.
            </p>
          </div>
          <div className="flex items-center gap-2 rounded-md border border-line bg-subtle p-1 pl-3">
            <code
              data-testid="invitation-link"
              className="min-w-0 flex-1 truncate font-mono text-xs text-fg select-all"
            >
              {invite.data.link}
            </code>
            <CopyButton value={invite.data.link} label="Copy invitation link" appearance="button" />
          </div>
          <p className="flex items-center gap-2 text-xs text-fg-muted">
            <Mail size={14} className="shrink-0" />
            {invite.data.emailed
              ? `We also e-mailed the link to ${email.trim()}.`
              : "E-mail isn't configured on this server (SMTP_URL), so only the link was created."}
          </p>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Invite member"
      description={`Invite someone to ${org.name} by link.`}
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field
          label="Email"
          htmlFor="invite-member-email"
          hint="They must sign up with this address."
        >
          <Input
            id="invite-member-email"
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            placeholder="colleague@example.com"
            autoFocus
            required
          />
        </Field>
        <Field
          label="Role"
          htmlFor="invite-member-role"
          hint={roles.find((option) => option.value === role)?.description}
        >
          <Select
            id="invite-member-role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            options={roles.map(({ value, label }) => ({ value, label }))}
          />
        </Field>
        <InlineError message={invite.error ? trpcErrorMessage(invite.error) : null} />
        <DialogFormActions
          submitLabel="Create invitation"
          onCancel={close}
          pending={invite.isPending}
          disabled={!email.trim()}
        />
      </form>
    </Dialog>
  );
}
