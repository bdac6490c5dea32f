import { z } from "zod";
import { listReleases } from "@/server/services/releases";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { slugInput } from "./schemas";

export const releasesRouter = createTRPCRouter({
  list: orgProcedure
    .input(z.object({ projectSlug: slugInput.optional() }))
    .query(({ ctx, input }) => listReleases(ctx.access, input.projectSlug)),
});
