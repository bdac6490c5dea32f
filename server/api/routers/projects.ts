import { z } from "zod";
import { createKey, rotateKey, setKeyActive, setKeyRateLimit } from "@/server/services/projectKeys";
import { createProject, getProject, listProjects, updateProject } from "@/server/services/projects";
import { createTRPCRouter, orgAdminProcedure, orgProcedure } from "../trpc";
import { nameInput, slugInput } from "./schemas";

const projectInput = z.object({ projectSlug: slugInput });
const keyInput = projectInput.extend({ keyId: z.number().int().positive() });
const platformInput = z.string().trim().min(1).max(64);

export const projectsRouter = createTRPCRouter({
  list: orgProcedure.query(({ ctx }) => listProjects(ctx.access)),

  get: orgProcedure
    .input(projectInput)
    .query(({ ctx, input }) => getProject(ctx.access, input.projectSlug)),

  create: orgAdminProcedure
    .input(
      z.object({
        name: nameInput,
        slug: slugInput.optional(),
        platform: platformInput.optional(),
        teamSlug: slugInput.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createProject(ctx.access, {
        name: input.name,
        slug: input.slug,
        platform: input.platform,
        teamSlug: input.teamSlug,
      }),
    ),

  update: orgAdminProcedure
    .input(
      projectInput.extend({
        name: nameInput.optional(),
        platform: platformInput.nullable().optional(),
        scrubData: z.boolean().optional(),
        scrubFields: z.array(z.string().max(200)).max(200).optional(),
        allowedOrigins: z.array(z.string().max(300)).max(200).optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { projectSlug, orgSlug: _orgSlug, ...patch } = input;
      return updateProject(ctx.access, projectSlug, patch);
    }),

  createKey: orgAdminProcedure
    .input(projectInput.extend({ label: z.string().trim().max(64).optional() }))
    .mutation(({ ctx, input }) => createKey(ctx.access, input.projectSlug, input.label)),

  rotateKey: orgAdminProcedure
    .input(keyInput)
    .mutation(({ ctx, input }) => rotateKey(ctx.access, input.projectSlug, input.keyId)),

  setKeyActive: orgAdminProcedure
    .input(keyInput.extend({ isActive: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setKeyActive(ctx.access, input.projectSlug, input.keyId, input.isActive),
    ),

  setKeyRateLimit: orgAdminProcedure
    .input(
      keyInput.extend({
        count: z.number().int().positive().nullable(),
        windowSeconds: z.number().int().positive().max(86_400).nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      setKeyRateLimit(ctx.access, input.projectSlug, input.keyId, {
        count: input.count,
        windowSeconds: input.windowSeconds,
      }),
    ),
});
