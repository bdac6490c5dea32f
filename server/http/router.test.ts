import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  createDispatcher,
  matchRoute,
  pathnameOf,
  type LeanRoute,
  type RawHandler,
} from "./router";

const envelope: LeanRoute = {
  name: "envelope",
  methods: ["POST"],
  pattern: /^\/api\/\d+\/envelope\/?$/,
  handle: (_req, res) => {
    res.end("lean");
  },
};
const toNext: RawHandler = (_req, res) => {
  res.end("next");
};

describe("matchRoute", () => {
  it("matches on method and path, ignoring the query string", () => {
    expect(matchRoute([envelope], "POST", "/api/42/envelope/?sentry_key=abc")).toBe(envelope);
    expect(matchRoute([envelope], "POST", "/api/42/envelope")).toBe(envelope);
  });

  it("leaves everything else to Next", () => {
    expect(matchRoute([envelope], "GET", "/api/42/envelope/")).toBeUndefined();
    expect(matchRoute([envelope], "POST", "/api/abc/envelope/")).toBeUndefined();
    expect(matchRoute([], "GET", "/")).toBeUndefined();
  });

  it("reads the path of odd request targets", () => {
    expect(pathnameOf(undefined)).toBe("/");
    expect(pathnameOf("/a?b?c")).toBe("/a");
  });
});

describe("dispatcher over node:http", () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serve(
    routes: readonly LeanRoute[],
    onError: (error: unknown, route: string) => void = () => undefined,
  ) {
    const dispatcher = createDispatcher(routes, toNext, onError);
    server = createServer(dispatcher.listener);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return { dispatcher, url: (path: string) => `http://127.0.0.1:${port}${path}` };
  }

  it("answers lean routes itself and hands the rest to the fallback", async () => {
    const { url } = await serve([envelope]);
    expect(
      await (await fetch(url("/api/1/envelope/"), { method: "POST", body: "{}" })).text(),
    ).toBe("lean");
    expect(await (await fetch(url("/sign-in"))).text()).toBe("next");
  });

  it("turns a throwing handler into a 500 and reports it", async () => {
    const errors: string[] = [];
    const failing: LeanRoute = { ...envelope, handle: () => Promise.reject(new Error("boom")) };
    const { url } = await serve([failing], (error, route) =>
      errors.push(`${route}: ${(error as Error).message}`),
    );

    const response = await fetch(url("/api/1/envelope/"), { method: "POST", body: "{}" });
    expect(response.status).toBe(500);
    expect(errors).toEqual(["envelope: boom"]);
  });

  it("turns a handler that throws before returning a promise into a 500 too", async () => {
    const errors: string[] = [];
    const failing: LeanRoute = {
      ...envelope,
      handle: () => {
        throw new Error("sync boom");
      },
    };
    const { url } = await serve([failing], (error, route) =>
      errors.push(`${route}: ${(error as Error).message}`),
    );

    const response = await fetch(url("/api/1/envelope/"), { method: "POST", body: "{}" });
    expect(response.status).toBe(500);
    expect(errors).toEqual(["envelope: sync boom"]);
  });

  it("asks keep-alive clients to close once draining", async () => {
    const { dispatcher, url } = await serve([]);
    expect((await fetch(url("/"))).headers.get("connection")).not.toBe("close");
    dispatcher.drain();
    expect((await fetch(url("/"))).headers.get("connection")).toBe("close");
  });
});
