import type { ApiToken, ApiTokenScope, User } from "@/server/db/generated/client";
import { ServiceError, type ServiceErrorCode } from "@/server/services/errors";
import { findMembership, type OrgAccess } from "@/server/services/organizations";
import { asOrganizationRole } from "@/server/services/roles";
import { authenticateBearer, scopeIncludes } from "./apiToken";

/** Sentry's API answers errors as `{"detail": "..."}`. */
export function restError(status: number, detail: string): Response {
  return Response.json({ detail }, { status });
}

const STATUS_FOR: Record<ServiceErrorCode, number> = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Runs a REST handler body, turning a service's refusal into its HTTP status. */
export async function restHandler(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ServiceError) return restError(STATUS_FOR[error.code], error.message);
    throw error;
  }
}

export type RestCaller =
  { ok: true; user: User; token: ApiToken } | { ok: false; response: Response };

/** The token's user, or a 401 for a missing, unknown or expired token, or a 403 for too small a scope. */
export async function restCaller(
  request: Request,
  requiredScope: ApiTokenScope,
): Promise<RestCaller> {
  const identity = await authenticateBearer(request.headers);
  if (identity === null) {
    return {
      ok: false,
      response: restError(401, "Authentication credentials were not provided or are invalid."),
    };
  }
  if (!scopeIncludes(identity.token.scope, requiredScope)) {
    return {
      ok: false,
      response: restError(
        403,
        `This token's scope (${identity.token.scope}) does not allow this; it needs ${requiredScope}.`,
      ),
    };
  }
  return { ok: true, ...identity };
}

export type RestOrgAccess =
  { ok: true; access: OrgAccess; token: ApiToken } | { ok: false; response: Response };

/**
 * A token caller inside organization `orgSlug`. The token's user must be a member, and a token
 * limited to one organization works only there; anything else is 404, as for a missing
 * organization, so other organizations' slugs cannot be probed.
 */
export async function restOrgAccess(
  request: Request,
  orgSlug: string,
  requiredScope: ApiTokenScope,
): Promise<RestOrgAccess> {
  const caller = await restCaller(request, requiredScope);
  if (!caller.ok) return caller;
  const access = await tokenOrgAccess(caller, orgSlug);
  if (access === null) {
    return { ok: false, response: restError(404, "The requested resource does not exist") };
  }
  return { ok: true, token: caller.token, access };
}

/**
 * What a token's user may do in organization `orgSlug`, or null when the user is not a member or
 * the token is limited to another organization.
 */
export async function tokenOrgAccess(
  caller: { user: User; token: ApiToken },
  orgSlug: string,
): Promise<OrgAccess | null> {
  const found = await findMembership(orgSlug, caller.user.id);
  if (found === null) return null;
  if (caller.token.organizationId !== null && caller.token.organizationId !== found.org.id) {
    return null;
  }
  return {
    org: found.org,
    membership: found.membership,
    role: asOrganizationRole(found.membership.role),
    actor: { userId: caller.user.id, tokenId: caller.token.id },
  };
}
