import { z } from "zod";
import {
  addIssueComment,
  COMMENT_MAX_LENGTH,
  deleteIssueComment,
  editIssueComment,
  listIssueActivity,
  ACTIVITY_PAGE_MAX,
} from "@/server/services/issueDetail/activity";
import { EVENT_QUERY_MAX_LENGTH } from "@/server/services/issueDetail/eventQuery";
import {
  EVENT_PAGE_MAX,
  getIssueEventDetail,
  listIssueEventRows,
} from "@/server/services/issueDetail/events";
import { listIssueFeedback } from "@/server/services/issueDetail/feedback";
import { listIssueHashes } from "@/server/services/issueDetail/grouping";
import { getIssueHeader } from "@/server/services/issueDetail/header";
import { findOrgIssue } from "@/server/services/issueDetail/issueAccess";
import { issueTags } from "@/server/services/issueDetail/tags";
import { createTRPCRouter, orgProcedure } from "../trpc";

const issueId = z.number().int().positive().max(2_147_483_647);
const activityId = z.string().regex(/^\d{1,19}$/, "Invalid comment id");
/** The SDK's 32 hex digits or a dashed UUID, or one of the two ends. */
const eventRef = z.union([
  z.literal("latest"),
  z.literal("oldest"),
  z.string().regex(/^[0-9a-fA-F-]{32,36}$/, "Invalid event id"),
]);
const commentText = z.string().max(COMMENT_MAX_LENGTH + 1_000);
const cursor = z.string().max(64).nullish();

/** Everything the issue page shows; each procedure first finds the issue in the caller's org. */
const issueProcedure = orgProcedure
  .input(z.object({ issueId }))
  .use(async ({ ctx, input, next }) =>
    next({ ctx: { found: await findOrgIssue(ctx.access, input.issueId) } }),
  );

export const issueDetailRouter = createTRPCRouter({
  get: issueProcedure.query(({ ctx }) => getIssueHeader(ctx.access, ctx.found)),

  event: issueProcedure
    .input(z.object({ eventId: eventRef }))
    .query(({ ctx, input }) => getIssueEventDetail(ctx.found, input.eventId)),

  events: issueProcedure
    .input(
      z.object({
        query: z.string().max(EVENT_QUERY_MAX_LENGTH).default(""),
        environment: z.string().max(256).optional(),
        release: z.string().max(256).optional(),
        cursor,
        limit: z.number().int().min(1).max(EVENT_PAGE_MAX).default(50),
      }),
    )
    .query(({ ctx, input }) => listIssueEventRows(ctx.found, input)),

  tags: issueProcedure.query(({ ctx }) => issueTags(ctx.found)),

  activity: issueProcedure
    .input(
      z.object({
        cursor,
        limit: z.number().int().min(1).max(ACTIVITY_PAGE_MAX).default(50),
      }),
    )
    .query(({ ctx, input }) => listIssueActivity(ctx.found, input)),

  addComment: issueProcedure
    .input(z.object({ text: commentText }))
    .mutation(({ ctx, input }) => addIssueComment(ctx.access, ctx.found, input.text)),

  editComment: issueProcedure
    .input(z.object({ activityId, text: commentText }))
    .mutation(({ ctx, input }) =>
      editIssueComment(ctx.access, ctx.found, input.activityId, input.text),
    ),

  deleteComment: issueProcedure
    .input(z.object({ activityId }))
    .mutation(({ ctx, input }) => deleteIssueComment(ctx.access, ctx.found, input.activityId)),

  feedback: issueProcedure.query(({ ctx }) => listIssueFeedback(ctx.found)),

  grouping: issueProcedure.query(({ ctx }) => listIssueHashes(ctx.found)),
});
