import { restCaller, restHandler } from "@/server/auth/restAccess";
import { deleteOneIssue, updateOneIssue } from "@/server/http/rest/issueMutations";
import { findIssueForCaller, getIssueDetails } from "@/server/services/issueDetails";

/**
 * Sentry's `GET /api/0/issues/{issue_id}/`, with and without the trailing slash. An issue outside
 * the token's organizations is 404, exactly like a missing one.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await context.params;
  return restHandler(async () => {
    const caller = await restCaller(request, "read");
    if (!caller.ok) return caller.response;
    const found = await findIssueForCaller(caller, id);
    return Response.json(await getIssueDetails(found));
  });
}

/** Sentry's `PUT /api/0/issues/{issue_id}/`: status, assignee, review state; answers the issue. */
export async function PUT(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await context.params;
  return restHandler(() => updateOneIssue(request, id));
}

/** Sentry's `DELETE /api/0/issues/{issue_id}/`: 202 once the issue and its events are gone. */
export async function DELETE(
  request: Request,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await context.params;
  return restHandler(() => deleteOneIssue(request, id));
}
