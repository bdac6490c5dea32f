import { describe, expect, it } from "vitest";
import {
  childEnvironment,
  embeddedDatabaseUrl,
  parsePort,
  postgresPlan,
  redactUrl,
  redisPlan,
  localHealthUrl,
} from "./config";

describe("postgresPlan", () => {
  it("uses a set DATABASE_URL as is", () => {
    expect(postgresPlan({ DATABASE_URL: "postgresql://u@db:5432/f" })).toEqual({
      kind: "external",
      url: "postgresql://u@db:5432/f",
    });
  });

  it("starts the embedded server when DATABASE_URL is unset or blank", () => {
    expect(postgresPlan({})).toEqual({ kind: "embedded" });
    expect(postgresPlan({ DATABASE_URL: "  " })).toEqual({ kind: "embedded" });
  });
});

describe("redisPlan", () => {
  it("never replaces a configured REDIS_URL", () => {
    expect(redisPlan({ REDIS_URL: "redis://cache:6379/2" })).toEqual({
      kind: "configured",
      url: "redis://cache:6379/2",
    });
  });

  it("tries the local default, then its own server on 6380", () => {
    expect(redisPlan({})).toEqual({
      kind: "default",
      url: "redis://127.0.0.1:6379",
      fallbackPort: 6380,
    });
  });
});

describe("URLs", () => {
  it("builds the embedded URL with an encoded password", () => {
    expect(embeddedDatabaseUrl(5433, "a/b@c")).toBe(
      "postgresql://postgres:a%2Fb%40c@127.0.0.1:5433/faultline",
    );
  });

  it("hides passwords in what it prints", () => {
    expect(redactUrl("postgresql://postgres:secret@127.0.0.1:5433/faultline")).toBe(
      "postgresql://postgres:***@127.0.0.1:5433/faultline",
    );
    expect(redactUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
    expect(redactUrl("not a url")).toBe("(unparseable URL)");
  });

  it("probes the web process on loopback when it listens everywhere", () => {
    expect(localHealthUrl("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000/api/health");
    expect(localHealthUrl("::", 3000)).toBe("http://127.0.0.1:3000/api/health");
    expect(localHealthUrl("::1", 3100)).toBe("http://[::1]:3100/api/health");
    expect(localHealthUrl("127.0.0.1", 3100)).toBe("http://127.0.0.1:3100/api/health");
  });
});

describe("parsePort (port files)", () => {
  it("reads a stored port", () => {
    expect(parsePort("5433\n")).toBe(5433);
  });

  it("rejects missing, empty and out-of-range contents", () => {
    expect(parsePort(null)).toBeNull();
    expect(parsePort("")).toBeNull();
    expect(parsePort("0")).toBeNull();
    expect(parsePort("65536")).toBeNull();
    expect(parsePort("54 33")).toBeNull();
  });
});

describe("childEnvironment", () => {
  it("passes the caller's variables and overrides what the launcher resolved", () => {
    const child = childEnvironment(
      { PATH: "/usr/bin", DATABASE_URL: undefined, LOG_LEVEL: "debug", NODE_ENV: "development" },
      {
        databaseUrl: "postgresql://postgres:pw@127.0.0.1:5433/faultline",
        redisUrl: "redis://127.0.0.1:6380",
        authSecret: "s".repeat(64),
        publicUrl: "http://localhost:3000",
        port: 3000,
      },
    );
    expect(child).toMatchObject({
      PATH: "/usr/bin",
      LOG_LEVEL: "debug",
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://postgres:pw@127.0.0.1:5433/faultline",
      REDIS_URL: "redis://127.0.0.1:6380",
      PUBLIC_URL: "http://localhost:3000",
      PORT: "3000",
    });
    expect(Object.values(child).every((value) => typeof value === "string")).toBe(true);
  });
});
