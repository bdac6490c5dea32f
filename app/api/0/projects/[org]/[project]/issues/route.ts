import { restHandler, restOrgAccess } from "@/server/auth/restAccess";
import { parseIssueQuery } from "@/server/services/issueQuery";
import { ISSUE_LIST_MAX_LIMIT, listProjectIssues } from "@/server/services/issues";

/**
 * Sentry's `GET /api/0/projects/{organization_slug}/{project_slug}/issues/`, reached with and
 * without the trailing slash (next.config.js never redirects it). Supports `query` (`is:` status
 * and free text) and `limit`; cursors come with the issue stream.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ org: string; project: string }> },
): Promise<Response> {
  const { org, project } = await context.params;
  return restHandler(async () => {
    const allowed = await restOrgAccess(request, org, "read");
    if (!allowed.ok) return allowed.response;
    const params = new URL(request.url).searchParams;
    const limit = Number.parseInt(params.get("limit") ?? "", 10);
    const issues = await listProjectIssues(
      allowed.access,
      project,
      parseIssueQuery(params.get("query")),
      Number.isFinite(limit) ? limit : ISSUE_LIST_MAX_LIMIT,
    );
    return Response.json(issues);
  });
}
