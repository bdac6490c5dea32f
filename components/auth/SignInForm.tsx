"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { authClient } from "./authClient";
import { PasswordInput } from "./PasswordInput";
import { reloadTo } from "./reloadTo";
import { safeNextPath } from "./safeNextPath";

type SignInFormProps = {
  /** Path to open after signing in. */
  next?: string;
  /** Fixed e-mail (the invitation page): shown read-only. */
  email?: string;
  submitLabel?: string;
  /** Runs after a successful sign-in instead of navigating. */
  onSignedIn?: () => Promise<void> | void;
};

export function SignInForm({
  next,
  email: fixedEmail,
  submitLabel = "Sign in",
  onSignedIn,
}: SignInFormProps) {
  const [email, setEmail] = useState(fixedEmail ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.signIn.email({ email: email.trim(), password });
    if (result.error) {
      setPending(false);
      setError(
        result.error.status === 401 || result.error.code === "INVALID_EMAIL_OR_PASSWORD"
          ? "That e-mail and password don't match an account."
          : (result.error.message ?? "Sign-in failed. Try again."),
      );
      return;
    }
    if (onSignedIn) {
      try {
        await onSignedIn();
      } finally {
        setPending(false);
      }
      return;
    }
    // A full load, so the server renders the app with the new session cookie.
    reloadTo(safeNextPath(next));
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <Field label="Email" htmlFor="sign-in-email">
        <Input
          id="sign-in-email"
          type="email"
          autoComplete="email"
          className="h-9"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          readOnly={fixedEmail !== undefined}
          required
          autoFocus={fixedEmail === undefined}
        />
      </Field>
      <Field label="Password" htmlFor="sign-in-password">
        <PasswordInput
          id="sign-in-password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          autoFocus={fixedEmail !== undefined}
        />
      </Field>
      <InlineError message={error} />
      <Button
        type="submit"
        variant="primary"
        size="lg"
        pending={pending}
        disabled={!email || !password}
      >
        {submitLabel}
      </Button>
    </form>
  );
}
