import { restCaller, restHandler } from "@/server/auth/restAccess";
import { findIssueForCaller, getIssueEvent } from "@/server/services/issueDetails";

/**
 * Sentry's `GET /api/0/issues/{issue_id}/events/{event_id}/`, where the id may also be `latest`
 * or `oldest`; the event must belong to that issue.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string; eventId: string }> },
): Promise<Response> {
  const { id, eventId } = await context.params;
  return restHandler(async () => {
    const caller = await restCaller(request, "read");
    if (!caller.ok) return caller.response;
    const found = await findIssueForCaller(caller, id);
    return Response.json(await getIssueEvent(found, eventId));
  });
}
