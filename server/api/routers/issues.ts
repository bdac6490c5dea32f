import { z } from "zod";
import { countIssues } from "@/server/services/issues";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { slugInput } from "./schemas";

export const issuesRouter = createTRPCRouter({
  /** Totals for the empty states; the stream itself comes with the triage work. */
  count: orgProcedure
    .input(z.object({ projectSlug: slugInput.optional() }))
    .query(({ ctx, input }) => countIssues(ctx.access, input.projectSlug)),
});
