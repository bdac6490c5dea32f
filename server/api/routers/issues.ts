import { z } from "zod";
import { searchKeys, searchValues } from "@/server/services/issueSearchSuggestions";
import {
  changesSince,
  listIssueStream,
  STREAM_PAGE_DEFAULT,
  STREAM_PAGE_MAX,
} from "@/server/services/issueStream";
import { countIssues } from "@/server/services/issues";
import { issueStreamParams, STATS_PERIODS } from "@/server/search/streamParams";
import { createTRPCRouter, orgProcedure } from "../trpc";
import { slugInput } from "./schemas";

const projectsInput = issueStreamParams.shape.projects;

export const issuesRouter = createTRPCRouter({
  /** Totals for the empty states. */
  count: orgProcedure
    .input(z.object({ projectSlug: slugInput.optional() }))
    .query(({ ctx, input }) => countIssues(ctx.access, input.projectSlug)),

  /** One page of the issue stream; a query that does not parse is BAD_REQUEST with the reason. */
  list: orgProcedure
    .input(
      issueStreamParams.extend({
        cursor: z.string().max(200).nullish(),
        limit: z.number().int().min(1).max(STREAM_PAGE_MAX).default(STREAM_PAGE_DEFAULT),
        statsPeriod: z.enum(STATS_PERIODS).default("24h"),
      }),
    )
    .query(({ ctx, input }) => {
      const { cursor, limit, statsPeriod, ...params } = input;
      return listIssueStream(ctx.access, params, cursor ?? null, limit, statsPeriod);
    }),

  /** For the stream's "N new" banner: matching issues new or updated since `since`. */
  changesSince: orgProcedure
    .input(issueStreamParams.extend({ since: z.coerce.date() }))
    .query(({ ctx, input }) => {
      const { since, ...params } = input;
      return changesSince(ctx.access, params, since);
    }),

  /** Autocomplete: built-in search keys and the projects' tag keys. */
  searchKeys: orgProcedure
    .input(z.object({ projects: projectsInput }))
    .query(({ ctx, input }) => searchKeys(ctx.access, input.projects)),

  /** Autocomplete: values of a key in the projects starting with `prefix`, commonest first. */
  searchValues: orgProcedure
    .input(
      z.object({
        projects: projectsInput,
        key: z.string().trim().min(1).max(200),
        prefix: z.string().max(200).default(""),
      }),
    )
    .query(({ ctx, input }) => searchValues(ctx.access, input.projects, input.key, input.prefix)),
});
