import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { fixtureBytes } from "@/server/ingest/testFixtures";
import { publishProjectKeyChange } from "@/server/services/projectKeyCache";
import { createKeyedProject, request, startIngestHarness, type IngestHarness } from "./harness";

const harnesses: IngestHarness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

async function harnessWith(options: Parameters<typeof startIngestHarness>[0]) {
  const harness = await startIngestHarness(options);
  harnesses.push(harness);
  return harness;
}

const body = () => fixtureBytes("node-capture-exception.envelope");

describe("rate limits", () => {
  it("answers 429 with Retry-After and X-Sentry-Rate-Limits once a key's quota is used", async () => {
    const harness = await harnessWith({});
    const project = await createKeyedProject();
    await db.projectKey.update({
      where: { id: project.keyId },
      data: { rateLimitCount: 2, rateLimitWindowSeconds: 3600 },
    });
    await publishProjectKeyChange(project.publicKey);
    const url = `${harness.baseUrl}/api/${project.projectId}/envelope/?sentry_key=${project.publicKey}`;

    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await request(url, { body: body() })).status);
    expect(statuses).toEqual([200, 200, 429]);

    const limited = await request(url, { body: body() });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(limited.headers["x-sentry-rate-limits"]).toBe(
      `${retryAfter}:error;default:key:key_quota`,
    );

    // A session-only envelope carries no events and is not charged to the event quota.
    const session = await request(url, { body: fixtureBytes("node-session-exited.envelope") });
    expect(session.status).toBe(200);
  });

  it("charges concurrent requests one counter round trip yet admits exactly the quota", async () => {
    const harness = await harnessWith({});
    const project = await createKeyedProject();
    await db.projectKey.update({
      where: { id: project.keyId },
      data: { rateLimitCount: 3, rateLimitWindowSeconds: 3600 },
    });
    await publishProjectKeyChange(project.publicKey);
    const url = `${harness.baseUrl}/api/${project.projectId}/envelope/?sentry_key=${project.publicKey}`;

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => request(url, { body: body() })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
  });

  it("refuses everything while the processing backlog is over its bound", async () => {
    const harness = await harnessWith({ maxBacklog: 0, backlogCacheMs: 0, worker: false });
    const project = await createKeyedProject();
    const url = `${harness.baseUrl}/api/${project.projectId}/envelope/?sentry_key=${project.publicKey}`;

    expect((await request(url, { body: body() })).status).toBe(200);
    const refused = await request(url, { body: body(), headers: { origin: "https://a.example" } });
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("10");
    expect(refused.headers["x-sentry-rate-limits"]).toBe("10::organization:backlog");
    expect(refused.headers["access-control-expose-headers"]).toContain("x-sentry-rate-limits");
  });
});
