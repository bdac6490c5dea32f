"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { authClient } from "./authClient";
import { PasswordInput } from "./PasswordInput";
import { reloadTo } from "./reloadTo";

/** First run: creates the owner and their organization, then signs in with the same credentials. */
export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  const trpc = useTRPC();
  const createOwner = useMutation(trpc.setup.createOwner.mutationOptions());
  const [form, setForm] = useState({ name: "", email: "", password: "", organizationName: "" });
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const passwordTooShort = form.password.length > 0 && form.password.length < minPasswordLength;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (form.password.length < minPasswordLength) {
      setError(`Choose a password of at least ${minPasswordLength} characters.`);
      return;
    }
    let orgSlug: string;
    try {
      ({ orgSlug } = await createOwner.mutateAsync({ ...form, email: form.email.trim() }));
    } catch (failure) {
      setError(trpcErrorMessage(failure));
      return;
    }
    setSigningIn(true);
    const signedIn = await authClient.signIn.email({
      email: form.email.trim(),
      password: form.password,
    });
    if (signedIn.error) {
      setSigningIn(false);
      setError(
        `Your account was created, but signing in failed: ${signedIn.error.message ?? "unknown error"}`,
      );
      return;
    }
    reloadTo(`/${orgSlug}/issues`);
  };

  const pending = createOwner.isPending || signingIn;
  const complete = form.name && form.email && form.password && form.organizationName;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field label="Your name" htmlFor="setup-name">
        <Input
          id="setup-name"
          className="h-9"
          autoComplete="name"
          value={form.name}
          onChange={set("name")}
          required
          autoFocus
        />
      </Field>
      <Field label="Email" htmlFor="setup-email">
        <Input
          id="setup-email"
          type="email"
          className="h-9"
          autoComplete="email"
          value={form.email}
          onChange={set("email")}
          required
        />
      </Field>
      <Field
        label="Password"
        htmlFor="setup-password"
        hint={`At least ${minPasswordLength} characters.`}
        error={passwordTooShort ? `At least ${minPasswordLength} characters.` : null}
      >
        <PasswordInput
          id="setup-password"
          autoComplete="new-password"
          value={form.password}
          onChange={set("password")}
          invalid={passwordTooShort}
          required
        />
      </Field>
      <div className="my-1 h-px bg-line" />
      <Field
        label="Organization name"
        htmlFor="setup-organization"
        hint="Usually your company or team. You can add more later."
      >
        <Input
          id="setup-organization"
          className="h-9"
          autoComplete="organization"
          placeholder="Acme Inc."
          value={form.organizationName}
          onChange={set("organizationName")}
          required
        />
      </Field>
      <InlineError message={error} />
      <Button type="submit" variant="primary" size="lg" pending={pending} disabled={!complete}>
        Create account and organization
      </Button>
    </form>
  );
}
