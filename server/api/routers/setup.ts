import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/server/auth/password";
import { createOwner, needsSetup } from "@/server/services/setup";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { nameInput } from "./schemas";

export const setupRouter = createTRPCRouter({
  status: publicProcedure.query(async () => ({ needsSetup: await needsSetup() })),

  /**
   * Creates the first user and their organization. It does not sign in: the setup page then
   * signs in through better-auth's client (`authClient.signIn.email`) with the same credentials.
   */
  createOwner: publicProcedure
    .input(
      z.object({
        name: nameInput,
        email: z.email().max(254),
        password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
        organizationName: nameInput,
      }),
    )
    .mutation(async ({ input }) => {
      const { orgSlug } = await createOwner(input);
      return { orgSlug };
    }),
});
