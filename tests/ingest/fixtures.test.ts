import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { parseEnvelope } from "@/server/ingest/envelope";
import { fixtureBytes, fixtureRequests } from "@/server/ingest/testFixtures";
import {
  createKeyedProject,
  eventually,
  fixtureUrl,
  request,
  startIngestHarness,
  type IngestHarness,
} from "./harness";

/** What the stored issue and event show for each fixture with an error event. */
const EXPECTED: Record<
  string,
  { title: string; level: string; release: string | null; environment: string }
> = {
  "node-capture-exception.envelope": {
    title: "TypeError: Cannot process order 123",
    level: "error",
    release: null,
    environment: "production",
  },
  "node-large-gzip.envelope": {
    title: "TypeError: Cannot process order 999",
    level: "error",
    release: null,
    environment: "production",
  },
  "node-scope-data.envelope": {
    title: "TypeError: Cannot process order 456",
    level: "error",
    release: "shop@1.4.2",
    environment: "staging",
  },
  "node-uncaught-exception.envelope": {
    title: "TypeError: Cannot process order 789",
    level: "fatal",
    release: "shop@1.4.2",
    environment: "production",
  },
  "node-unhandled-rejection.envelope": {
    title: "Error: Job 77 rejected",
    level: "error",
    release: "shop@1.4.2",
    environment: "production",
  },
  "node-capture-message.envelope": {
    title: "Order 123 failed",
    level: "warning",
    release: null,
    environment: "production",
  },
  "node-message-parameterized.envelope": {
    title: "Order 123 failed for jane",
    level: "error",
    release: null,
    environment: "production",
  },
  "node-attachment.envelope": {
    title: "Config load failed",
    level: "info",
    release: null,
    environment: "production",
  },
  "node-feedback-associated-message.envelope": {
    title: "Checkout broken",
    level: "info",
    release: null,
    environment: "production",
  },
  "node-capture-non-error-object.envelope": {
    title: "Error: Object captured as exception with keys: code, detail",
    level: "error",
    release: null,
    environment: "production",
  },
  "node-capture-string.envelope": {
    title: "Error: plain string thrown",
    level: "error",
    release: null,
    environment: "production",
  },
  "browser-capture-exception.envelope": {
    title: "TypeError: Cannot read properties of null (reading 'items')",
    level: "error",
    release: "web@2.0.0",
    environment: "production",
  },
  "browser-uncaught-error-settimeout.envelope": {
    title: "Error: Uncaught browser failure 0xdeadbeef",
    level: "error",
    release: "web@2.0.0",
    environment: "production",
  },
  "browser-unhandled-rejection.envelope": {
    title: "Error: Browser promise rejected",
    level: "error",
    release: "web@2.0.0",
    environment: "production",
  },
  "browser-onerror.envelope": {
    title: "ReferenceError: undefinedFn is not defined",
    level: "error",
    release: "web@2.0.0",
    environment: "production",
  },
};

/** Headers node:http sets itself from how the body is sent. */
const TRANSPORT_HEADERS = new Set(["host", "connection", "transfer-encoding", "content-length"]);

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness.close();
});

describe("every recorded SDK request, replayed over HTTP", () => {
  const requests = fixtureRequests();

  it("covers every fixture with an event", () => {
    const withEvent = requests.filter((r) => r.items.includes("event")).map((r) => r.file);
    expect(withEvent.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(requests.map((r) => [r.file, r] as const))("%s → 200", async (file, recorded) => {
    const project = await createKeyedProject();
    const compressed = recorded.headers["content-encoding"] === "gzip";
    const body = fixtureBytes(compressed ? `${file}.gz` : file);
    const headers = Object.fromEntries(
      Object.entries(recorded.headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)),
    );
    const answer = await request(fixtureUrl(harness.baseUrl, recorded.url, project), {
      headers,
      body,
      chunked: recorded.headers["transfer-encoding"] === "chunked",
    });
    expect(answer.status, answer.body).toBe(200);
    if (headers.origin !== undefined) {
      expect(answer.headers["access-control-allow-origin"]).toBe("*");
      expect(answer.headers["access-control-expose-headers"]).toContain("x-sentry-rate-limits");
    }

    const expected = EXPECTED[file];
    if (expected === undefined) return;
    const parsed = parseEnvelope(fixtureBytes(file));
    if (!parsed.ok) throw new Error(parsed.reason);
    const eventId = String(parsed.envelope.headers.event_id).replaceAll("-", "");
    expect(JSON.parse(answer.body)).toEqual({ id: eventId });

    const event = await eventually(async () => {
      const found = await db.event.findFirst({ where: { projectId: project.projectId } });
      return found ?? undefined;
    });
    expect(event).toMatchObject({
      title: expected.title,
      level: expected.level,
      release: expected.release,
      environment: expected.environment,
    });
    const issue = await db.issue.findUniqueOrThrow({ where: { id: event.issueId } });
    expect(issue).toMatchObject({ title: expected.title, level: expected.level, timesSeen: 1 });
  });
});
