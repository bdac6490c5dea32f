import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/server/auth/apiTokenFormat";
import { findMembership } from "@/server/services/organizations";
import { notFound } from "@/server/services/errors";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/tokens";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { nameInput, slugInput } from "./schemas";

export const tokensRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.user.id)),

  /** Returns the token once; only its hash is kept. With `orgSlug` it works in that organization only. */
  create: protectedProcedure
    .input(
      z.object({ name: nameInput, scope: z.enum(API_TOKEN_SCOPES), orgSlug: slugInput.optional() }),
    )
    .mutation(async ({ ctx, input }) => {
      let organizationId: string | undefined;
      if (input.orgSlug !== undefined) {
        const found = await findMembership(input.orgSlug, ctx.user.id);
        if (found === null) throw notFound("Organization");
        organizationId = found.org.id;
      }
      const { token, id } = await createApiToken(
        { userId: ctx.user.id, name: input.name, scope: input.scope, organizationId },
        ctx.actor,
      );
      return { token, id };
    }),

  revoke: protectedProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      await revokeApiToken(ctx.user.id, input.id, ctx.actor);
      return { ok: true as const };
    }),
});
