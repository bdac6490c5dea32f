import { restError, restHandler, restOrgAccess } from "@/server/auth/restAccess";
import { parseRestStreamRequest } from "@/server/search/restParams";
import { paginationLinkHeader } from "@/server/services/issueDetails";
import { listSentryIssues } from "@/server/services/issueStream";
import { projectSlugsForIds } from "@/server/services/issues";

/**
 * Sentry's `GET /api/0/organizations/{organization_slug}/issues/`: the issue stream across
 * projects, `project=<id>` repeated to narrow it (none, or -1, means every project). Otherwise
 * the same parameters as the project route.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ org: string }> },
): Promise<Response> {
  const { org } = await context.params;
  return restHandler(async () => {
    const allowed = await restOrgAccess(request, org, "read");
    if (!allowed.ok) return allowed.response;
    const search = new URL(request.url).searchParams;
    const parsed = parseRestStreamRequest(search);
    if (!parsed.ok) return restError(400, parsed.message);
    const rawProjects = search.getAll("project").filter((id) => id !== "" && id !== "-1");
    if (rawProjects.some((id) => !/^\d{1,10}$/.test(id))) {
      return restError(400, "project must be a numeric project id");
    }
    const projects =
      rawProjects.length === 0
        ? ("all" as const)
        : await projectSlugsForIds(allowed.access, rawProjects.map(Number));
    const { params, cursor, limit } = parsed.value;
    const page = await listSentryIssues(allowed.access, { ...params, projects }, cursor, limit);
    return Response.json(page.issues, {
      headers: {
        Link: paginationLinkHeader(request.url, {
          previous: { cursor: "", results: false },
          next: { cursor: page.nextCursor ?? "", results: page.nextCursor !== null },
        }),
      },
    });
  });
}
