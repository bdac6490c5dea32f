import { createIngestRuntime, ingestRoutes } from "./ingest/routes";
import type { LeanRoute } from "./router";

/** The web process's ingest dependencies (key cache, events queue); closed on shutdown. */
export const ingestRuntime = createIngestRuntime();

/**
 * Routes answered by plain node:http handlers in the web process, before Next sees the request:
 * the Sentry ingest endpoints `/api/<projectId>/envelope/` and `/api/<projectId>/store/`.
 */
export const leanRoutes: readonly LeanRoute[] = ingestRoutes(ingestRuntime);
