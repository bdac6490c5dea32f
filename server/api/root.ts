import { alertsRouter } from "./routers/alerts";
import { failedEventsRouter } from "./routers/failedEvents";
import { invitationsRouter } from "./routers/invitations";
import { issueActionsRouter } from "./routers/issueActions";
import { issueDetailRouter } from "./routers/issueDetail";
import { issuesRouter } from "./routers/issues";
import { membersRouter } from "./routers/members";
import { organizationsRouter } from "./routers/organizations";
import { projectsRouter } from "./routers/projects";
import { releasesRouter } from "./routers/releases";
import { setupRouter } from "./routers/setup";
import { teamsRouter } from "./routers/teams";
import { tokensRouter } from "./routers/tokens";
import { createCallerFactory, createTRPCContext, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  setup: setupRouter,
  organizations: organizationsRouter,
  projects: projectsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  teams: teamsRouter,
  tokens: tokensRouter,
  releases: releasesRouter,
  alerts: alertsRouter,
  issues: issuesRouter,
  issueActions: issueActionsRouter,
  issueDetail: issueDetailRouter,
  failedEvents: failedEventsRouter,
});

export type AppRouter = typeof appRouter;

/** `createCaller(ctx)` runs procedures in-process (server components, tests). */
export const createCaller = createCallerFactory(appRouter);

/**
 * A caller acting as whoever the request's cookies belong to. In a server component:
 * `const api = await callerForHeaders(await headers()); await api.projects.list({ orgSlug })`.
 */
export async function callerForHeaders(headers: Headers) {
  return createCaller(await createTRPCContext({ headers }));
}
