import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/AppShell";
import { callerForHeaders } from "@/server/api/root";
import { getSessionUser } from "@/server/auth/session";

type OrgLayoutProps = { children: ReactNode; params: Promise<{ org: string }> };

export async function generateMetadata({ params }: OrgLayoutProps): Promise<Metadata> {
  const { org } = await params;
  return { title: { default: org, template: `%s · ${org} · Faultline` } };
}

/**
 * Every organization page passes here: signed-out visitors go to sign-in (and come back), and a
 * signed-in non-member gets the 404 page, the same answer as for an organization that does not exist.
 */
export default async function OrgLayout({ children, params }: OrgLayoutProps) {
  const { org: orgSlug } = await params;
  const requestHeaders = await headers();
  const user = await getSessionUser(requestHeaders);
  if (user === null) redirect(`/sign-in?next=${encodeURIComponent(`/${orgSlug}/issues`)}`);

  const api = await callerForHeaders(requestHeaders);
  const [organization, organizations] = await Promise.all([
    api.organizations.get({ orgSlug }).catch((error: unknown) => {
      if (
        error instanceof TRPCError &&
        (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
      )
        return null;
      throw error;
    }),
    api.organizations.list(),
  ]);
  if (organization === null) notFound();

  return (
    <AppShell
      org={{
        slug: organization.slug,
        name: organization.name,
        role: organization.role,
        canManage: organization.role === "owner" || organization.role === "admin",
        user: { id: user.id, name: user.name, email: user.email },
      }}
      organizations={organizations}
    >
      {children}
    </AppShell>
  );
}
