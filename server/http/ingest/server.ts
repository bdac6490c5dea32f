import { createServer, type Server } from "node:http";
import { createDispatcher, type LeanRoute } from "../router";

/**
 * A node:http server with only the lean routes and a JSON 404 for everything else: the web
 * process without Next, for integration tests and benchmarks.
 */
export function createLeanServer(routes: readonly LeanRoute[]): Server {
  const dispatcher = createDispatcher(routes, (_req, res) => {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ detail: "not found" }));
  });
  return createServer(dispatcher.listener);
}
