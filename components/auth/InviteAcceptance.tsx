"use client";

import { useState } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { InlineError } from "@/components/ui/InlineError";
import { authClient } from "./authClient";
import { InviteSignUpForm } from "./InviteSignUpForm";
import { SignInForm } from "./SignInForm";
import { useAcceptInvitation } from "./useAcceptInvitation";

type InviteAcceptanceProps = {
  invitationId: string;
  email: string;
  hasAccount: boolean;
  signedInAs: { name: string; email: string } | null;
  minPasswordLength: number;
};

/** The pending invitation's three paths: new account, existing account, or already signed in. */
export function InviteAcceptance({
  invitationId,
  email,
  hasAccount,
  signedInAs,
  minPasswordLength,
}: InviteAcceptanceProps) {
  const acceptance = useAcceptInvitation(invitationId);
  const [signingOut, setSigningOut] = useState(false);

  if (signedInAs && signedInAs.email.toLowerCase() === email.toLowerCase()) {
    return (
      <div className="flex flex-col gap-4">
        <div className="flex items-center gap-3 rounded-lg border border-line bg-subtle px-3 py-2.5">
          <Avatar name={signedInAs.name || signedInAs.email} size="md" />
          <div className="min-w-0 text-[13px]">
            <div className="truncate font-medium text-fg">{signedInAs.name}</div>
            <div className="truncate text-fg-muted">{signedInAs.email}</div>
          </div>
        </div>
        <InlineError message={acceptance.error ? trpcErrorMessage(acceptance.error) : null} />
        <Button
          variant="primary"
          size="lg"
          pending={acceptance.isPending || acceptance.isSuccess}
          onClick={() => acceptance.accept().catch(() => undefined)}
        >
          Accept invitation
        </Button>
      </div>
    );
  }

  if (signedInAs) {
    const signOut = async () => {
      setSigningOut(true);
      await authClient.signOut();
      window.location.reload();
    };
    return (
      <div className="flex flex-col gap-4">
        <div
          role="alert"
          className="rounded-lg border border-amber-200 bg-amber-50 px-3.5 py-3 text-[13px] leading-5 text-amber-900 dark:border-amber-500/25 dark:bg-amber-500/10 dark:text-amber-200"
        >
          You&apos;re signed in as <strong className="font-semibold">{signedInAs.email}</strong>,
          but this invitation is for <strong className="font-semibold">{email}</strong>. Sign out,
          then open the link again to continue as {email}.
        </div>
        <Button variant="primary" size="lg" pending={signingOut} onClick={signOut}>
          Sign out and continue
        </Button>
      </div>
    );
  }

  if (hasAccount) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-[13px] text-fg-muted">
          You already have a Faultline account. Sign in to join.
        </p>
        <SignInForm
          email={email}
          submitLabel="Sign in and join"
          onSignedIn={() => acceptance.accept().then(() => undefined)}
        />
        <InlineError message={acceptance.error ? trpcErrorMessage(acceptance.error) : null} />
      </div>
    );
  }

  return (
    <InviteSignUpForm
      invitationId={invitationId}
      email={email}
      minPasswordLength={minPasswordLength}
    />
  );
}
