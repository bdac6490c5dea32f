import { z } from "zod";
import { acceptInvitation, describeInvitation } from "@/server/services/invitations";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

const invitationInput = z.object({ invitationId: z.string().min(1).max(64) });

export const invitationsRouter = createTRPCRouter({
  /** Public: the accept page shows it before the visitor has an account. */
  get: publicProcedure
    .input(invitationInput)
    .query(({ input }) => describeInvitation(input.invitationId)),

  accept: protectedProcedure
    .input(invitationInput)
    .mutation(({ ctx, input }) => acceptInvitation(input.invitationId, ctx.user)),
});
