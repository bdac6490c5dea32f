import { restError, restHandler, restOrgAccess } from "@/server/auth/restAccess";
import {
  bulkDeleteProjectIssues,
  bulkUpdateProjectIssues,
} from "@/server/http/rest/issueMutations";
import { parseRestStreamRequest } from "@/server/search/restParams";
import { paginationLinkHeader } from "@/server/services/issueDetails";
import { listSentryIssues } from "@/server/services/issueStream";

/**
 * Sentry's `GET /api/0/projects/{organization_slug}/{project_slug}/issues/`, reached with and
 * without the trailing slash (next.config.js never redirects it). `query` takes the stream's
 * search syntax (docs/search.md); `sort`, `environment`, `statsPeriod` or `start`/`end`, `limit`
 * and `cursor` (from the `Link` header) as Sentry's.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ org: string; project: string }> },
): Promise<Response> {
  const { org, project } = await context.params;
  return restHandler(async () => {
    const allowed = await restOrgAccess(request, org, "read");
    if (!allowed.ok) return allowed.response;
    const parsed = parseRestStreamRequest(new URL(request.url).searchParams);
    if (!parsed.ok) return restError(400, parsed.message);
    const { params, cursor, limit } = parsed.value;
    const page = await listSentryIssues(
      allowed.access,
      { ...params, projects: [project] },
      cursor,
      limit,
    );
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

/**
 * Sentry's bulk mutate: `PUT …/issues/?id=1&id=2` (or every issue `query` matches) changes
 * status, assignee or review state, or merges with `{"merge": 1}`. Needs a `write` token.
 */
export async function PUT(
  request: Request,
  context: { params: Promise<{ org: string; project: string }> },
): Promise<Response> {
  const { org, project } = await context.params;
  return restHandler(() => bulkUpdateProjectIssues(request, org, project));
}

/** Sentry's bulk delete: `DELETE …/issues/?id=1&id=2`; ids are required. Needs a `write` token. */
export async function DELETE(
  request: Request,
  context: { params: Promise<{ org: string; project: string }> },
): Promise<Response> {
  const { org, project } = await context.params;
  return restHandler(() => bulkDeleteProjectIssues(request, org, project));
}
