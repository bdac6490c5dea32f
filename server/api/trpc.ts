import { TRPCError, initTRPC } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { getSession, type SessionUser } from "@/server/auth/session";
import type { Actor } from "@/server/services/audit";
import { ServiceError } from "@/server/services/errors";
import { findMembership, type OrgAccess } from "@/server/services/organizations";
import { asOrganizationRole, canManageOrganization } from "@/server/services/roles";

/**
 * The tRPC context: who is calling (from the better-auth session cookie) and from where.
 * Built per request by app/api/trpc/[trpc]/route.ts, and by server components through
 * `createCaller` (server/api/root.ts).
 */
export async function createTRPCContext(opts: { headers: Headers }) {
  const session = await getSession(opts.headers);
  return {
    headers: opts.headers,
    user: session?.user ?? null,
    ipAddress: clientIp(opts.headers),
  };
}

export type TRPCContext = Awaited<ReturnType<typeof createTRPCContext>>;

function clientIp(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || undefined;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A service's refusal (NOT_FOUND, FORBIDDEN…) becomes the same tRPC error code, with its message. */
const serviceErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ServiceError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(serviceErrors);

/** Signed-in callers only; `ctx.user` and `ctx.actor` are non-null from here on. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.user === null) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  const user: SessionUser = ctx.user;
  const actor: Actor = { userId: user.id, ...(ctx.ipAddress ? { ipAddress: ctx.ipAddress } : {}) };
  return next({ ctx: { user, actor } });
});

/**
 * Every procedure that touches an organization's data declares it with `orgSlug`. Callers who are
 * not members get NOT_FOUND, the same answer as for an organization that does not exist, so slugs
 * of other organizations cannot be probed.
 */
export const orgProcedure = protectedProcedure
  .input(z.object({ orgSlug: z.string().min(1).max(64) }))
  .use(async ({ ctx, input, next }) => {
    const found = await findMembership(input.orgSlug, ctx.user.id);
    if (found === null) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Organization not found" });
    }
    const access: OrgAccess = {
      org: found.org,
      membership: found.membership,
      role: asOrganizationRole(found.membership.role),
      actor: ctx.actor,
    };
    return next({ ctx: { org: found.org, membership: found.membership, access } });
  });

/** Organization changes: owners and admins only. */
export const orgAdminProcedure = orgProcedure.use(({ ctx, next }) => {
  if (!canManageOrganization(ctx.access.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only owners and admins can do this" });
  }
  return next();
});
