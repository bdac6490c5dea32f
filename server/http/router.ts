import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** A handler that answers on the raw node:http objects, without going through Next. */
export type RawHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * A route served by the lean handler table. Sentry SDKs post events to `/api/<id>/envelope/`;
 * Next route handlers cost ~15× a bare node:http handler there (see docs/architecture.md), so hot
 * paths are listed here and everything else falls through to Next.
 */
export interface LeanRoute {
  /** For logs and errors. */
  name: string;
  methods: readonly string[];
  /** Matched against the path without the query string. */
  pattern: RegExp;
  handle: RawHandler;
}

export function pathnameOf(url: string | undefined): string {
  if (url === undefined) return "/";
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** The first lean route matching method and path, or undefined (then Next answers). */
export function matchRoute(
  routes: readonly LeanRoute[],
  method: string | undefined,
  url: string | undefined,
): LeanRoute | undefined {
  const pathname = pathnameOf(url);
  const verb = method ?? "GET";
  return routes.find((route) => route.methods.includes(verb) && route.pattern.test(pathname));
}

export interface Dispatcher {
  listener: RequestListener;
  /** From now on every response asks the client to close its keep-alive connection. */
  drain(): void;
}

export function createDispatcher(
  routes: readonly LeanRoute[],
  fallback: RawHandler,
  onError: (error: unknown, route: string) => void = (error, route) =>
    console.error(`request to ${route} failed:`, error),
): Dispatcher {
  let draining = false;

  const listener: RequestListener = (req, res) => {
    if (draining) res.setHeader("connection", "close");
    const route = matchRoute(routes, req.method, req.url);
    const name = route?.name ?? "next";
    const handle = route?.handle ?? fallback;
    const fail = (error: unknown) => {
      onError(error, name);
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ detail: "Internal server error" }));
      } else {
        res.destroy();
      }
    };
    // Called directly (not through a promise chain) so the hot ingest path pays no extra ticks.
    try {
      const handled = handle(req, res);
      if (handled !== undefined) handled.catch(fail);
    } catch (error) {
      fail(error);
    }
  };

  return {
    listener,
    drain() {
      draining = true;
    },
  };
}
