"use client";

import { Building2 } from "lucide-react";
import { useState } from "react";
import { authClient } from "@/components/auth/authClient";
import { reloadTo } from "@/components/auth/reloadTo";
import { Logo } from "@/components/brand/Logo";
import { Button } from "@/components/ui/Button";
import { CreateOrganizationDialog } from "./CreateOrganizationDialog";

/** A signed-in user who belongs to no organization (left or removed from all of them). */
export function NoOrganization({ email }: { email: string }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-subtle px-4">
      <div className="flex w-full max-w-md flex-col items-center text-center">
        <Logo size={32} />
        <div className="mt-10 flex size-12 items-center justify-center rounded-xl border border-line bg-panel text-fg-muted shadow-card">
          <Building2 size={20} />
        </div>
        <h1 className="mt-5 text-xl font-semibold tracking-tight text-fg">
          You&apos;re not in an organization yet
        </h1>
        <p className="mt-2 text-[13px] leading-5 text-fg-muted">
          Signed in as <span className="font-medium text-fg">{email}</span>. Ask an admin for an
          invitation link, or create your own organization.
        </p>
        <div className="mt-7 flex gap-2">
          <Button
            onClick={async () => {
              await authClient.signOut();
              reloadTo("/sign-in");
            }}
          >
            Sign out
          </Button>
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create organization
          </Button>
        </div>
      </div>
      <CreateOrganizationDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
