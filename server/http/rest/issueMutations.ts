import { restCaller, restError, restOrgAccess } from "@/server/auth/restAccess";
import { db } from "@/server/db/client";
import { parseRestStreamRequest } from "@/server/search/restParams";
import { badRequest } from "@/server/services/errors";
import {
  memberByEmail,
  resolveAssignee,
  type ResolvedAssignee,
} from "@/server/services/issueActions/assignee";
import { deleteIssues } from "@/server/services/issueActions/deleteIssues";
import { mergeIssues } from "@/server/services/issueActions/mergeIssues";
import { targetIssueIds, type TargetScope } from "@/server/services/issueActions/target";
import type { AssigneeRef, IssueTarget } from "@/server/services/issueActions/types";
import { updateIssues } from "@/server/services/issueActions/updateIssues";
import { findIssueForCaller, getIssueDetails, parseIssueId } from "@/server/services/issueDetails";
import type { OrgAccess } from "@/server/services/organizations";
import { findProject } from "@/server/services/projectLookup";
import { planSentryUpdate, type AssignedTo, type SentryUpdatePlan } from "./sentryIssueUpdate";

/**
 * Sentry's `PUT /api/0/projects/{org}/{project}/issues/?id=1&id=2`: the issues given by `id`,
 * or without ids every issue `query` matches (absent: `is:unresolved`), in that project. Answers
 * Sentry's shapes: `{status, statusDetails, assignedTo, inbox}` for what changed, `{merge:
 * {parent, children}}` for a merge, 204 when a query matches nothing.
 */
export async function bulkUpdateProjectIssues(
  request: Request,
  orgSlug: string,
  projectSlug: string,
): Promise<Response> {
  const allowed = await restOrgAccess(request, orgSlug, "write");
  if (!allowed.ok) return allowed.response;
  const { access } = allowed;
  const project = await findProject(access.org.id, projectSlug);
  const target = projectTarget(request, projectSlug);
  const plan = planSentryUpdate(await jsonBody(request));
  if (!plan.ok) return restError(400, plan.message);

  const scope: TargetScope = { projectId: project.id };
  const ids = await targetIssueIds(access, target, scope);
  if (ids.length === 0) {
    return "query" in target
      ? new Response(null, { status: 204 })
      : restError(404, "No such issues");
  }
  if (plan.plan.merge) {
    const merged = await mergeIssues(access, ids);
    return Response.json({
      merge: { parent: String(merged.primaryId), children: merged.mergedIds.map(String) },
    });
  }
  return Response.json(await applyPlan(access, ids, plan.plan));
}

/** `DELETE /api/0/projects/{org}/{project}/issues/?id=…`: ids are required, as in Sentry. */
export async function bulkDeleteProjectIssues(
  request: Request,
  orgSlug: string,
  projectSlug: string,
): Promise<Response> {
  const allowed = await restOrgAccess(request, orgSlug, "write");
  if (!allowed.ok) return allowed.response;
  const project = await findProject(allowed.access.org.id, projectSlug);
  const ids = idParams(request);
  if (ids.length === 0) {
    return restError(400, "Give the issues to delete as id parameters (?id=1&id=2)");
  }
  await deleteIssues(allowed.access, { ids }, { projectId: project.id });
  return new Response(null, { status: 204 });
}

/** `PUT /api/0/issues/{id}/`: the same body (without merge); answers the updated issue. */
export async function updateOneIssue(request: Request, issueIdParam: string): Promise<Response> {
  const caller = await restCaller(request, "write");
  if (!caller.ok) return caller.response;
  const found = await findIssueForCaller(caller, issueIdParam);
  const plan = planSentryUpdate(await jsonBody(request));
  if (!plan.ok) return restError(400, plan.message);
  if (plan.plan.merge) return restError(400, "Merge issues through the project's issues route");
  await applyPlan(found.access, [found.issue.id], plan.plan);
  return Response.json(await getIssueDetails(await findIssueForCaller(caller, issueIdParam)));
}

/** `DELETE /api/0/issues/{id}/`: 202, as Sentry answers while it deletes in the background. */
export async function deleteOneIssue(request: Request, issueIdParam: string): Promise<Response> {
  const caller = await restCaller(request, "write");
  if (!caller.ok) return caller.response;
  const found = await findIssueForCaller(caller, issueIdParam);
  await deleteIssues(found.access, { ids: [found.issue.id] });
  return new Response(null, { status: 202 });
}

/** Each requested change in turn, on the ids resolved once, so a status change cannot shift them. */
async function applyPlan(access: OrgAccess, ids: number[], plan: SentryUpdatePlan) {
  const target = { ids };
  const result: Record<string, unknown> = {};
  if (plan.status !== undefined) {
    await updateIssues(access, target, plan.status);
    result.status = plan.status.status;
    result.statusDetails = await sentryStatusDetails(ids[0], access);
  }
  if (plan.isReviewed !== undefined) {
    await updateIssues(access, target, { isReviewed: plan.isReviewed });
    result.inbox = !plan.isReviewed;
  }
  if (plan.assignedTo !== undefined) {
    const ref = await assigneeRef(access, plan.assignedTo);
    await updateIssues(access, target, { assignee: ref });
    result.assignedTo = ref === null ? null : sentryActor(await resolveAssignee(access, ref));
  }
  return result;
}

async function assigneeRef(access: OrgAccess, assignedTo: AssignedTo): Promise<AssigneeRef | null> {
  if (assignedTo === null) return null;
  if ("email" in assignedTo) return memberByEmail(access, assignedTo.email);
  return assignedTo.ref;
}

/** Sentry's statusDetails for the answer: the condition and who set it, not our baselines. */
async function sentryStatusDetails(issueId: number | undefined, access: OrgAccess) {
  if (issueId === undefined) return {};
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    select: { statusDetails: true },
  });
  const stored = (issue?.statusDetails ?? {}) as Record<string, unknown>;
  const { timesSeenAtIgnore: _times, userCountAtIgnore: _users, ...condition } = stored;
  if (Object.keys(condition).length === 0) return {};
  const actor = await db.user.findUnique({
    where: { id: access.actor.userId },
    select: { id: true, name: true, email: true },
  });
  return { ...condition, actor };
}

function sentryActor(assignee: ResolvedAssignee) {
  return assignee.type === "user"
    ? { type: "user", id: assignee.id, name: assignee.name, email: assignee.email }
    : { type: "team", id: assignee.id, name: assignee.name, slug: assignee.slug };
}

function idParams(request: Request): number[] {
  return new URL(request.url).searchParams.getAll("id").map((raw) => {
    const id = parseIssueId(raw);
    if (id === null) throw badRequest(`Invalid issue id "${raw}"`);
    return id;
  });
}

function projectTarget(request: Request, projectSlug: string): IssueTarget {
  const ids = idParams(request);
  if (ids.length > 0) return { ids };
  const parsed = parseRestStreamRequest(new URL(request.url).searchParams);
  if (!parsed.ok) throw badRequest(parsed.message);
  return { query: { ...parsed.value.params, projects: [projectSlug] } };
}

async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest("The body must be a JSON object");
  }
}
