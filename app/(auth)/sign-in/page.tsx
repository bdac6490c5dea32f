import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeNextPath } from "@/components/auth/safeNextPath";
import { callerForHeaders } from "@/server/api/root";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const requestHeaders = await headers();
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : undefined);

  const api = await callerForHeaders(requestHeaders);
  if ((await api.setup.status()).needsSetup) redirect("/setup");
  if (await getSessionUser(requestHeaders)) redirect(nextPath);

  return (
    <AuthCard
      title="Sign in to Faultline"
      description="Welcome back. Sign in with your work e-mail."
    >
      <SignInForm next={nextPath} />
    </AuthCard>
  );
}
