import { z } from "zod";
import {
  cancelInvitation,
  inviteMember,
  listInvitations,
  listMembers,
  removeMember,
  updateMemberRole,
} from "@/server/services/members";
import { createTRPCRouter, orgAdminProcedure, orgProcedure } from "../trpc";
import { roleInput } from "./schemas";

const idInput = z.string().min(1).max(64);

export const membersRouter = createTRPCRouter({
  list: orgProcedure.query(({ ctx }) => listMembers(ctx.access)),

  /** Every member sees who is invited; only admins get the links (`link` is null otherwise). */
  invitations: orgProcedure.query(({ ctx }) => listInvitations(ctx.access)),

  invite: orgAdminProcedure
    .input(z.object({ email: z.email().max(254), role: roleInput.default("member") }))
    .mutation(({ ctx, input }) => inviteMember(ctx.access, input)),

  cancelInvitation: orgAdminProcedure
    .input(z.object({ invitationId: idInput }))
    .mutation(async ({ ctx, input }) => {
      await cancelInvitation(ctx.access, input.invitationId);
      return { ok: true as const };
    }),

  updateRole: orgAdminProcedure
    .input(z.object({ memberId: idInput, role: roleInput }))
    .mutation(({ ctx, input }) => updateMemberRole(ctx.access, input.memberId, input.role)),

  /** Admins remove anyone (owners only by owners); every member may remove themselves. */
  remove: orgProcedure.input(z.object({ memberId: idInput })).mutation(async ({ ctx, input }) => {
    await removeMember(ctx.access, input.memberId);
    return { ok: true as const };
  }),
});
