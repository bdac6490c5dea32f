import { restCaller, restHandler } from "@/server/auth/restAccess";
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
