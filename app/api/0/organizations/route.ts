import { publicUrl } from "@/server/env";
import { restCaller, restHandler } from "@/server/auth/restAccess";
import { serializeOrganization } from "@/server/services/organizationSerializer";
import { listMemberOrganizations } from "@/server/services/organizations";

/** Sentry's `GET /api/0/organizations/`: the organizations the token's user belongs to. */
export async function GET(request: Request): Promise<Response> {
  return restHandler(async () => {
    const caller = await restCaller(request, "read");
    if (!caller.ok) return caller.response;
    const scopedTo = caller.token.organizationId;
    const organizations = (await listMemberOrganizations(caller.user.id))
      .map(({ organization }) => organization)
      .filter((organization) => scopedTo === null || organization.id === scopedTo);
    const links = { publicUrl: publicUrl() };
    return Response.json(
      organizations.map((organization) => serializeOrganization(organization, links)),
    );
  });
}
