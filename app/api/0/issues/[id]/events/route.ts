import { restCaller, restHandler } from "@/server/auth/restAccess";
import {
  EVENT_LIST_MAX_LIMIT,
  findIssueForCaller,
  listIssueEvents,
  paginationLinkHeader,
} from "@/server/services/issueDetails";

/**
 * Sentry's `GET /api/0/issues/{issue_id}/events/`: the issue's events newest first, in full form
 * (with `entries`), `?limit=` up to 100 and `?cursor=` from the `Link` header, as Sentry pages.
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
    const params = new URL(request.url).searchParams;
    const limit = Number.parseInt(params.get("limit") ?? "", 10);
    const page = await listIssueEvents(found, {
      cursor: params.get("cursor"),
      limit: Number.isFinite(limit) ? limit : EVENT_LIST_MAX_LIMIT,
    });
    return Response.json(page.events, {
      headers: { Link: paginationLinkHeader(request.url, page) },
    });
  });
}
