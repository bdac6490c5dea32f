import { describe, expect, it } from "vitest";
import { corsHeaders, isOriginAllowed } from "./cors";

describe("corsHeaders", () => {
  it("allows any origin by default and exposes the rate-limit headers", () => {
    const decision = corsHeaders("http://localhost:9377");
    expect(decision.allowed).toBe(true);
    expect(decision.headers["Access-Control-Allow-Origin"]).toBe("*");
    expect(decision.headers["Access-Control-Expose-Headers"]).toBe(
      "x-sentry-error, x-sentry-rate-limits, retry-after",
    );
    expect(decision.headers["Access-Control-Max-Age"]).toBe("3600");
    expect(decision.headers["Access-Control-Allow-Methods"]).toBe("POST");
    expect(decision.headers["Access-Control-Allow-Headers"]?.split(", ")).toEqual([
      "x-sentry-auth",
      "x-requested-with",
      "x-forwarded-for",
      "origin",
      "referer",
      "accept",
      "content-type",
      "authentication",
      "authorization",
      "content-encoding",
      "transfer-encoding",
    ]);
  });

  it("allows requests without Origin (server SDKs) even with a restricted list", () => {
    expect(corsHeaders(undefined, ["https://shop.example.com"]).allowed).toBe(true);
  });

  it("echoes an allowed origin when the list is restricted", () => {
    const decision = corsHeaders("https://shop.example.com", ["https://shop.example.com"]);
    expect(decision.allowed).toBe(true);
    expect(decision.headers["Access-Control-Allow-Origin"]).toBe("https://shop.example.com");
    expect(decision.headers.Vary).toBe("Origin");
  });

  it("refuses other origins and leaves Allow-Origin out", () => {
    const decision = corsHeaders("https://evil.example.net", ["https://shop.example.com"]);
    expect(decision.allowed).toBe(false);
    expect(decision.headers["Access-Control-Allow-Origin"]).toBeUndefined();
  });
});

describe("isOriginAllowed", () => {
  const allowed = [
    "https://shop.example.com",
    "*.example.org",
    "localhost",
    "http://127.0.0.1:9377/",
  ];

  it.each([
    ["https://shop.example.com", true],
    ["https://SHOP.example.com:443", true],
    ["http://shop.example.com", false],
    ["https://shop.example.com:8443", false],
    ["https://a.example.org", true],
    ["http://deep.a.example.org:8080", true],
    ["https://example.org", true],
    ["https://badexample.org", false],
    ["http://localhost:3000", true],
    ["http://127.0.0.1:9377", true],
    ["http://127.0.0.1:9378", false],
    ["null", false],
    ["not a url", false],
  ])("%s → %s", (origin, expected) => {
    expect(isOriginAllowed(origin, allowed)).toBe(expected);
  });

  it("admits even null with *", () => {
    expect(isOriginAllowed("null", ["*"])).toBe(true);
  });
});
