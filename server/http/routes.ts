import type { LeanRoute } from "./router";

/**
 * Routes answered by plain node:http handlers in the web process, before Next sees the request.
 * Empty until the ingest issue adds `/api/<projectId>/envelope/` and `/api/<projectId>/store/`.
 */
export const leanRoutes: readonly LeanRoute[] = [];
