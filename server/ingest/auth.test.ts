import { describe, expect, it } from "vitest";
import { formatDsn, parseDsn, parseSentryAuth, projectKeyFromRequest } from "./auth";
import { fixtureRequests } from "./testFixtures";

describe("projectKeyFromRequest", () => {
  it("reads the key from the query string, as every captured JS SDK request does", () => {
    for (const request of fixtureRequests()) {
      const url = new URL(request.url, "http://127.0.0.1:9377");
      const result = projectKeyFromRequest({
        headers: request.headers,
        query: url.searchParams,
        pathProjectId: "42",
      });
      expect(result).toEqual({
        ok: true,
        publicKey: "publickey",
        client: url.searchParams.get("sentry_client"),
      });
      expect(result.ok && result.client).toMatch(/^sentry\.javascript\.(node|browser)\/11\.12\.0$/);
    }
  });

  it("reads X-Sentry-Auth and Authorization: Sentry, any header case", () => {
    const header =
      "Sentry sentry_version=7, sentry_client=raven-python/6.0, sentry_key=abc123, sentry_secret=s";
    expect(
      projectKeyFromRequest({ headers: { "X-Sentry-Auth": header }, pathProjectId: "42" }),
    ).toEqual({
      ok: true,
      publicKey: "abc123",
      client: "raven-python/6.0",
    });
    expect(
      projectKeyFromRequest({
        headers: new Headers({ authorization: header }),
        pathProjectId: "42",
      }),
    ).toMatchObject({
      ok: true,
      publicKey: "abc123",
    });
  });

  it("reads the envelope dsn and checks its project", () => {
    expect(
      projectKeyFromRequest({
        headers: {},
        envelopeDsn: "https://k1@errors.example.com/42",
        pathProjectId: "42",
      }),
    ).toEqual({
      ok: true,
      publicKey: "k1",
    });
    expect(
      projectKeyFromRequest({
        headers: {},
        envelopeDsn: "https://k1@errors.example.com/7",
        pathProjectId: "42",
      }),
    ).toEqual({
      ok: false,
      status: 403,
      reason: "envelope dsn is for another project",
    });
    expect(
      projectKeyFromRequest({ headers: {}, envelopeDsn: "not a dsn", pathProjectId: "42" }),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("accepts several sources that agree", () => {
    const result = projectKeyFromRequest({
      headers: { "x-sentry-auth": "Sentry sentry_key=k1" },
      query: { sentry_key: "k1" },
      envelopeDsn: "http://k1@127.0.0.1:9377/42",
      pathProjectId: "42",
    });
    expect(result).toMatchObject({ ok: true, publicKey: "k1" });
  });

  it("rejects sources that disagree", () => {
    const result = projectKeyFromRequest({
      headers: {},
      query: new URLSearchParams("sentry_key=k1"),
      envelopeDsn: "http://k2@127.0.0.1:9377/42",
      pathProjectId: "42",
    });
    expect(result).toEqual({ ok: false, status: 400, reason: "conflicting public keys" });
  });

  it("rejects X-Sentry-Auth together with Authorization: Sentry, even when equal", () => {
    const header = "Sentry sentry_key=k1";
    expect(
      projectKeyFromRequest({
        headers: { "x-sentry-auth": header, authorization: header },
        pathProjectId: "42",
      }),
    ).toEqual({
      ok: false,
      status: 400,
      reason: "multiple authorization headers",
    });
  });

  it("ignores a non-Sentry Authorization header", () => {
    expect(
      projectKeyFromRequest({
        headers: { authorization: "Bearer xyz" },
        query: { sentry_key: "k1" },
        pathProjectId: "42",
      }),
    ).toMatchObject({ ok: true, publicKey: "k1" });
  });

  it("answers 401 when no key is given anywhere", () => {
    expect(
      projectKeyFromRequest({ headers: {}, query: { sentry_version: "7" }, pathProjectId: "42" }),
    ).toEqual({
      ok: false,
      status: 401,
      reason: "missing authorization information",
    });
    expect(
      projectKeyFromRequest({
        headers: { "x-sentry-auth": "Sentry sentry_version=7" },
        pathProjectId: "42",
      }),
    ).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("rejects a non-numeric project id in the path", () => {
    expect(
      projectKeyFromRequest({ headers: {}, query: { sentry_key: "k" }, pathProjectId: "abc" }),
    ).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});

describe("parseSentryAuth", () => {
  it("is lenient about case and whitespace", () => {
    expect(
      parseSentryAuth("sentry   sentry_key = k ,sentry_version=7,  sentry_client=x/1"),
    ).toEqual({
      key: "k",
      version: "7",
      client: "x/1",
    });
    expect(parseSentryAuth("SENTRY key=k")).toEqual({ key: "k" });
    expect(parseSentryAuth("sentry_key=k")).toBeUndefined();
  });
});

describe("parseDsn / formatDsn", () => {
  it("parses key, host, port, prefix and project id", () => {
    expect(parseDsn("http://publickey@127.0.0.1:9377/42")).toEqual({
      ok: true,
      dsn: {
        protocol: "http",
        publicKey: "publickey",
        host: "127.0.0.1",
        port: 9377,
        pathPrefix: "",
        projectId: "42",
      },
    });
    expect(parseDsn("https://pub:sec@errors.example.com/sub/path/0042")).toEqual({
      ok: true,
      dsn: {
        protocol: "https",
        publicKey: "pub",
        secretKey: "sec",
        host: "errors.example.com",
        pathPrefix: "sub/path",
        projectId: "42",
      },
    });
  });

  it("rejects DSNs without key, project id, or with another scheme", () => {
    expect(parseDsn("https://errors.example.com/42")).toMatchObject({
      ok: false,
      reason: "DSN has no public key",
    });
    expect(parseDsn("https://k@errors.example.com/")).toMatchObject({ ok: false });
    expect(parseDsn("https://k@errors.example.com/project")).toMatchObject({ ok: false });
    expect(parseDsn("ftp://k@errors.example.com/42")).toMatchObject({ ok: false });
    expect(parseDsn("")).toMatchObject({ ok: false, reason: "DSN is not a URL" });
  });

  it("formats what parseDsn reads back", () => {
    expect(
      formatDsn({ publicKey: "abc", publicUrl: "https://errors.example.com", projectId: 42 }),
    ).toBe("https://abc@errors.example.com/42");
    expect(
      formatDsn({
        publicKey: "abc",
        publicUrl: "http://localhost:3000/faultline/",
        projectId: "7",
      }),
    ).toBe("http://abc@localhost:3000/faultline/7");
    const dsn = formatDsn({
      publicKey: "abc",
      publicUrl: "https://h.example.com:8443/x",
      projectId: 9,
    });
    expect(parseDsn(dsn)).toMatchObject({
      ok: true,
      dsn: { publicKey: "abc", port: 8443, pathPrefix: "x", projectId: "9" },
    });
  });
});
