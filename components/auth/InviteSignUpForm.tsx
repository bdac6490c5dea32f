"use client";

import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { authClient } from "./authClient";
import { PasswordInput } from "./PasswordInput";
import { useAcceptInvitation } from "./useAcceptInvitation";

type InviteSignUpFormProps = { invitationId: string; email: string; minPasswordLength: number };

/** Creates the invited person's account (the invited e-mail, fixed), then joins the organization. */
export function InviteSignUpForm({
  invitationId,
  email,
  minPasswordLength,
}: InviteSignUpFormProps) {
  const { accept } = useAcceptInvitation(invitationId);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password.length < minPasswordLength) {
      setError(`Choose a password of at least ${minPasswordLength} characters.`);
      return;
    }
    setPending(true);
    const signedUp = await authClient.signUp.email({ email, password, name: name.trim() });
    if (signedUp.error) {
      setPending(false);
      setError(signedUp.error.message ?? "Your account could not be created.");
      return;
    }
    try {
      await accept();
    } catch (failure) {
      setPending(false);
      setError(`Your account was created, but joining failed: ${trpcErrorMessage(failure)}`);
    }
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field label="Email" htmlFor="invite-email">
        <Input id="invite-email" type="email" className="h-9" value={email} readOnly />
      </Field>
      <Field label="Your name" htmlFor="invite-name">
        <Input
          id="invite-name"
          className="h-9"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          autoFocus
        />
      </Field>
      <Field
        label="Choose a password"
        htmlFor="invite-password"
        hint={`At least ${minPasswordLength} characters.`}
      >
        <PasswordInput
          id="invite-password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
      </Field>
      <InlineError message={error} />
      <Button
        type="submit"
        variant="primary"
        size="lg"
        pending={pending}
        disabled={!name.trim() || !password}
      >
        Create account and join
      </Button>
    </form>
  );
}
