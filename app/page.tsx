import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { NoOrganization } from "@/components/organizations/NoOrganization";
import { callerForHeaders } from "@/server/api/root";
import { getSessionUser } from "@/server/auth/session";

/** `/`: first run → setup; signed out → sign-in; otherwise the first organization's issues. */
export default async function HomePage() {
  const requestHeaders = await headers();
  const api = await callerForHeaders(requestHeaders);
  if ((await api.setup.status()).needsSetup) redirect("/setup");

  const user = await getSessionUser(requestHeaders);
  if (user === null) redirect("/sign-in");

  const [first] = await api.organizations.list();
  if (first) redirect(`/${first.slug}/issues`);

  return <NoOrganization email={user.email} />;
}
