import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { fixtureBytes } from "@/server/ingest/testFixtures";
import { publishProjectKeyChange } from "@/server/services/projectKeyCache";
import {
  createKeyedProject,
  eventually,
  request,
  startIngestHarness,
  type IngestHarness,
  type KeyedProject,
} from "./harness";
import { callerFor, createTestOrg, createTestUser, uniqueSuffix } from "../setup/fixtures";

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness.close();
});

function envelopeUrl(project: KeyedProject, options: { path?: string; key?: string } = {}): string {
  const path = options.path ?? "envelope/";
  return `${harness.baseUrl}/api/${project.projectId}/${path}?sentry_key=${options.key ?? project.publicKey}&sentry_version=7`;
}

const captureException = () => fixtureBytes("node-capture-exception.envelope");

function expectRefusal(
  answer: { status: number; headers: Record<string, unknown>; body: string },
  status: number,
) {
  expect(answer.status, answer.body).toBe(status);
  const { detail } = JSON.parse(answer.body) as { detail: string };
  expect(detail).toMatch(/^[^\n]+$/);
  expect(answer.headers["x-sentry-error"]).toBe(detail);
}

describe("authentication", () => {
  it("answers 401 for a key nobody issued", async () => {
    const project = await createKeyedProject();
    const answer = await request(envelopeUrl(project, { key: "0".repeat(32) }), {
      body: captureException(),
    });
    expectRefusal(answer, 401);
  });

  it("answers 401 when no key is sent at all", async () => {
    const project = await createKeyedProject();
    const answer = await request(`${harness.baseUrl}/api/${project.projectId}/envelope/`, {
      body: captureException(),
    });
    expectRefusal(answer, 401);
  });

  it("answers 403 for another project's key", async () => {
    const project = await createKeyedProject();
    const other = await createKeyedProject();
    const answer = await request(envelopeUrl(project, { key: other.publicKey }), {
      body: captureException(),
    });
    expectRefusal(answer, 403);
  });

  it("answers 403 as soon as a warm key is disabled", async () => {
    const project = await createKeyedProject();
    const first = await request(envelopeUrl(project), { body: captureException() });
    expect(first.status).toBe(200);

    await db.projectKey.update({ where: { id: project.keyId }, data: { isActive: false } });
    await publishProjectKeyChange(project.publicKey);
    const refused = await eventually(async () => {
      const answer = await request(envelopeUrl(project), { body: captureException() });
      return answer.status === 200 ? undefined : answer;
    }, 2_000);
    expectRefusal(refused, 403);
  });

  it("accepts the X-Sentry-Auth header on /store/ with and without the slash", async () => {
    const project = await createKeyedProject();
    const event = JSON.stringify({ message: "stored through /store/", level: "info" });
    for (const path of ["store/", "store"]) {
      const answer = await request(`${harness.baseUrl}/api/${project.projectId}/${path}`, {
        headers: { "x-sentry-auth": `Sentry sentry_version=7, sentry_key=${project.publicKey}` },
        body: Buffer.from(event),
      });
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toHaveProperty("id");
    }
    await eventually(async () => {
      const stored = await db.event.count({ where: { projectId: project.projectId } });
      return stored === 2 ? stored : undefined;
    });
  });
});

describe("bodies", () => {
  it("answers 413 with Connection: close for a zip bomb", async () => {
    const project = await createKeyedProject();
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const answer = await request(envelopeUrl(project), {
      headers: { "content-encoding": "gzip" },
      body: bomb,
    });
    expectRefusal(answer, 413);
    expect(answer.headers.connection).toBe("close");
  });

  it("answers 400 with a one-line reason for a malformed envelope", async () => {
    const project = await createKeyedProject();
    const answer = await request(envelopeUrl(project), { body: Buffer.from("{not json\n{}\n") });
    expectRefusal(answer, 400);
  });

  it("answers 415 for an unknown content encoding", async () => {
    const project = await createKeyedProject();
    const answer = await request(envelopeUrl(project), {
      headers: { "content-encoding": "zstd" },
      body: captureException(),
    });
    expectRefusal(answer, 415);
  });

  it("treats an empty Content-Encoding as identity and reads chunked bodies", async () => {
    const project = await createKeyedProject();
    const answer = await request(envelopeUrl(project, { path: "envelope" }), {
      headers: { "content-encoding": "" },
      body: captureException(),
      chunked: true,
    });
    expect(answer.status, answer.body).toBe(200);
  });
});

describe("CORS", () => {
  it("answers a preflight and labels responses for the browser", async () => {
    const project = await createKeyedProject();
    const preflight = await request(envelopeUrl(project), {
      method: "OPTIONS",
      headers: { origin: "https://shop.example.com", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers["access-control-allow-methods"]).toContain("POST");

    const refused = await request(envelopeUrl(project, { key: "0".repeat(32) }), {
      headers: { origin: "https://shop.example.com" },
      body: captureException(),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers["access-control-allow-origin"]).toBe("*");
    expect(refused.headers["access-control-expose-headers"]).toContain("retry-after");
  });

  it("echoes an allowed origin and refuses others", async () => {
    const project = await createKeyedProject({ allowedOrigins: ["shop.example.com"] });
    const allowed = await request(envelopeUrl(project), {
      headers: { origin: "https://shop.example.com" },
      body: captureException(),
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://shop.example.com");

    const other = await request(envelopeUrl(project), {
      headers: { origin: "https://evil.example.net" },
      body: captureException(),
    });
    expectRefusal(other, 403);
  });
});

describe("CORS allowlist changes", () => {
  it("reach a warm edge at once when an admin edits the project's allowed origins", async () => {
    const owner = await createTestUser();
    const org = await createTestOrg(owner);
    const orgSlug = org.slug;
    const api = await callerFor(owner);
    const projectSlug = `web-${uniqueSuffix()}`;
    const created = await api.projects.create({ orgSlug, name: "Web", slug: projectSlug });
    const key = await db.projectKey.findFirstOrThrow({ where: { projectId: created.id } });
    const project: KeyedProject = {
      projectId: created.id,
      organizationId: org.id,
      publicKey: key.publicKey,
      keyId: key.id,
    };
    const fromShop = { headers: { origin: "https://shop.example.com" }, body: captureException() };
    expect((await request(envelopeUrl(project), fromShop)).status).toBe(200);

    await api.projects.update({
      orgSlug,
      projectSlug,
      allowedOrigins: ["https://admin.example.com"],
    });
    // Without the publish the edge would keep its copy for the cache TTL (10 s in memory).
    const refused = await eventually(async () => {
      const answer = await request(envelopeUrl(project), fromShop);
      return answer.status === 200 ? undefined : answer;
    }, 2_000);
    expectRefusal(refused, 403);
  });
});

describe("arbitrary bytes over HTTP", () => {
  it("never get a 5xx", async () => {
    const project = await createKeyedProject();
    const valid = captureException();
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2_048 }),
      fc.nat({ max: valid.length }).map((end) => valid.subarray(0, end)),
      fc
        .tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 }))
        .map(([at, byte]) => {
          const copy = Buffer.from(valid);
          copy[at] = byte;
          return copy;
        }),
    );
    const encoding = fc.constantFrom(undefined, "", "gzip", "deflate", "br", "identity");
    const endpoint = fc.constantFrom("envelope/", "store/");
    await fc.assert(
      fc.asyncProperty(body, encoding, endpoint, async (bytes, contentEncoding, path) => {
        const headers: Record<string, string> = {};
        if (contentEncoding !== undefined) headers["content-encoding"] = contentEncoding;
        const answer = await request(envelopeUrl(project, { path }), {
          headers,
          body: Buffer.from(bytes),
        });
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
