import { z } from "zod";
import { issueStreamParams } from "@/server/search/streamParams";
import { listAssignees } from "@/server/services/issueActions/assignee";
import { deleteIssues } from "@/server/services/issueActions/deleteIssues";
import { mergeIssues } from "@/server/services/issueActions/mergeIssues";
import { MAX_BULK_ISSUES } from "@/server/services/issueActions/types";
import { updateIssues } from "@/server/services/issueActions/updateIssues";
import { createTRPCRouter, orgProcedure } from "../trpc";

const issueId = z.number().int().min(1).max(2_147_483_647);
const DAY_MINUTES = 24 * 60;
/** Sentry accepts counts and windows up to a year; beyond that an ignore is "forever". */
const positiveCount = z.number().int().min(1).max(1_000_000);
const windowMinutes = z
  .number()
  .int()
  .min(1)
  .max(365 * DAY_MINUTES);

const target = z.union([
  z.object({ ids: z.array(issueId).min(1).max(MAX_BULK_ISSUES) }),
  z.object({ query: issueStreamParams }),
]);

const ignore = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("forever") }),
  z.object({ kind: z.literal("duration"), minutes: windowMinutes }),
  z.object({
    kind: z.literal("count"),
    count: positiveCount,
    windowMinutes: windowMinutes.optional(),
  }),
  z.object({
    kind: z.literal("users"),
    users: positiveCount,
    windowMinutes: windowMinutes.optional(),
  }),
]);

const assignee = z.object({ type: z.enum(["user", "team"]), id: z.string().min(1).max(64) });

/** Exactly one change: `.strict()` makes `{status, isReviewed}` an error instead of half a change. */
const change = z.union([
  z.object({ status: z.enum(["resolved", "unresolved"]) }).strict(),
  z.object({ status: z.literal("ignored"), ignore }).strict(),
  z.object({ isReviewed: z.boolean() }).strict(),
  z.object({ assignee: assignee.nullable() }).strict(),
]);

/** Triage actions on issues. Any member may take them, as in Sentry's default roles. */
export const issueActionsRouter = createTRPCRouter({
  update: orgProcedure.input(z.object({ target, change })).mutation(async ({ ctx, input }) => {
    const result = await updateIssues(ctx.access, input.target, input.change);
    return { updated: result.updated, matched: result.matched };
  }),

  merge: orgProcedure
    .input(z.object({ ids: z.array(issueId).min(2).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const result = await mergeIssues(ctx.access, input.ids);
      return { primaryId: result.primaryId, mergedIds: result.mergedIds };
    }),

  delete: orgProcedure.input(z.object({ target })).mutation(async ({ ctx, input }) => {
    const result = await deleteIssues(ctx.access, input.target);
    return { deleted: result.deleted };
  }),

  assignees: orgProcedure.query(({ ctx }) => listAssignees(ctx.access)),
});
