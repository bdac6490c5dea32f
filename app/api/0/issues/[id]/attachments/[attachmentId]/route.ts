import { restCaller, restError, restHandler } from "@/server/auth/restAccess";
import { getSession } from "@/server/auth/session";
import { notFound } from "@/server/services/errors";
import { findIssueForCaller, parseIssueId } from "@/server/services/issueDetails";
import { attachmentHeaders } from "@/server/services/issueDetail/attachmentHeaders";
import { findIssueAttachment } from "@/server/services/issueDetail/attachments";
import { findIssueForMember, type OrgIssue } from "@/server/services/issueDetail/issueAccess";

/**
 * Downloads one attachment of an issue's event. The issue page links here, so a signed-in
 * session works; tools send an API token (read scope). Either way the issue must belong to an
 * organization the caller is in; anything else is 404, as for a missing attachment.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ id: string; attachmentId: string }> },
): Promise<Response> {
  const { id, attachmentId } = await context.params;
  return restHandler(async () => {
    const found = await issueForRequest(request, id);
    if (found instanceof Response) return found;
    const attachment = await findIssueAttachment(found, attachmentId);
    return new Response(new Uint8Array(attachment.data), {
      status: 200,
      headers: attachmentHeaders(attachment),
    });
  });
}

async function issueForRequest(request: Request, idParam: string): Promise<OrgIssue | Response> {
  if (request.headers.has("authorization")) {
    const caller = await restCaller(request, "read");
    if (!caller.ok) return caller.response;
    const { issue, project } = await findIssueForCaller(caller, idParam);
    return { issue, project };
  }
  const session = await getSession(request.headers);
  if (session === null) {
    return restError(401, "Authentication credentials were not provided or are invalid.");
  }
  const issueId = parseIssueId(idParam);
  if (issueId === null) throw notFound("Issue");
  return findIssueForMember(session.user.id, issueId);
}
