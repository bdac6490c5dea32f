import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { SetupForm } from "@/components/auth/SetupForm";
import { callerForHeaders } from "@/server/api/root";
import { PASSWORD_MIN_LENGTH } from "@/server/auth/password";

export const metadata: Metadata = { title: "Set up Faultline" };

export default async function SetupPage() {
  const api = await callerForHeaders(await headers());
  if (!(await api.setup.status()).needsSetup) redirect("/sign-in");

  return (
    <AuthCard
      title="Set up Faultline"
      description="Create the first account. You'll be the owner of your organization and can invite your team next."
      footer="This page is only available until the first account exists."
    >
      <SetupForm minPasswordLength={PASSWORD_MIN_LENGTH} />
    </AuthCard>
  );
}
