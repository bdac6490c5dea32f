import { z } from "zod";
import {
  createOrganization,
  getOrganizationSummary,
  listOrganizationsForUser,
} from "@/server/services/organizations";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "../trpc";
import { nameInput, slugInput } from "./schemas";

export const organizationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listOrganizationsForUser(ctx.user.id)),

  get: orgProcedure.query(({ ctx }) => getOrganizationSummary(ctx.access)),

  create: protectedProcedure
    .input(z.object({ name: nameInput, slug: slugInput.optional() }))
    .mutation(async ({ ctx, input }) => {
      const org = await createOrganization(input, ctx.actor);
      return { slug: org.slug };
    }),
});
