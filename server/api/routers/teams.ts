import { z } from "zod";
import {
  addTeamMember,
  addTeamProject,
  createTeam,
  deleteTeam,
  getTeam,
  listTeams,
  removeTeamMember,
  removeTeamProject,
} from "@/server/services/teams";
import { createTRPCRouter, orgAdminProcedure, orgProcedure } from "../trpc";
import { nameInput, slugInput } from "./schemas";

const teamInput = z.object({ teamSlug: slugInput });
const teamMemberInput = teamInput.extend({ userId: z.string().min(1).max(64) });
const teamProjectInput = teamInput.extend({ projectSlug: slugInput });
const ok = { ok: true as const };

export const teamsRouter = createTRPCRouter({
  list: orgProcedure.query(({ ctx }) => listTeams(ctx.access)),

  get: orgProcedure.input(teamInput).query(({ ctx, input }) => getTeam(ctx.access, input.teamSlug)),

  create: orgAdminProcedure
    .input(z.object({ name: nameInput }))
    .mutation(({ ctx, input }) => createTeam(ctx.access, input.name)),

  delete: orgAdminProcedure.input(teamInput).mutation(async ({ ctx, input }) => {
    await deleteTeam(ctx.access, input.teamSlug);
    return ok;
  }),

  /** Admins add anyone; a member may add themselves (join a team). */
  addMember: orgProcedure.input(teamMemberInput).mutation(async ({ ctx, input }) => {
    await addTeamMember(ctx.access, input.teamSlug, input.userId);
    return ok;
  }),

  removeMember: orgProcedure.input(teamMemberInput).mutation(async ({ ctx, input }) => {
    await removeTeamMember(ctx.access, input.teamSlug, input.userId);
    return ok;
  }),

  addProject: orgAdminProcedure.input(teamProjectInput).mutation(async ({ ctx, input }) => {
    await addTeamProject(ctx.access, input.teamSlug, input.projectSlug);
    return ok;
  }),

  removeProject: orgAdminProcedure.input(teamProjectInput).mutation(async ({ ctx, input }) => {
    await removeTeamProject(ctx.access, input.teamSlug, input.projectSlug);
    return ok;
  }),
});
