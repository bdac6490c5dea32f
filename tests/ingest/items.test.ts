import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { persistEnvelopeItems } from "@/server/data/envelopeItems";
import { db } from "@/server/db/client";
import type { ItemsJobPayload } from "@/server/queue/events";
import { fixtureBytes } from "@/server/ingest/testFixtures";
import {
  createKeyedProject,
  eventually,
  request,
  startIngestHarness,
  type IngestHarness,
  type KeyedProject,
} from "./harness";

let harness: IngestHarness;
beforeAll(async () => {
  harness = await startIngestHarness();
});
afterAll(async () => {
  await harness.close();
});

async function send(project: KeyedProject, file: string): Promise<void> {
  const url = `${harness.baseUrl}/api/${project.projectId}/envelope/?sentry_key=${project.publicKey}`;
  const answer = await request(url, { body: fixtureBytes(file), chunked: true });
  expect(answer.status, answer.body).toBe(200);
}

function found<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

describe("non-event items", () => {
  it("sessions become release-health counts per release, environment and hour", async () => {
    const project = await createKeyedProject();
    await send(project, "node-session-exited.envelope");
    await send(project, "node-sessions-aggregate.envelope");
    const hour = new Date("2026-11-22T12:00:00.000Z");
    const row = await eventually(async () => {
      const current = await db.sessionHourly.findUnique({
        where: {
          projectId_release_environment_hour: {
            projectId: project.projectId,
            release: "shop@1.4.2",
            environment: "production",
            hour,
          },
        },
      });
      return current !== null && current.started === 4 ? current : undefined;
    });
    expect(row).toMatchObject({ started: 4, exited: 4, errored: 0, crashed: 0, abnormal: 0 });
  });

  it("client-report discards are added to the project's outcomes", async () => {
    const project = await createKeyedProject();
    await send(project, "node-client-report-sample-rate.envelope");
    await send(project, "node-client-report-sample-rate.envelope");
    const outcome = await eventually(async () => {
      const current = await db.projectOutcomeHourly.findFirst({
        where: { projectId: project.projectId, reason: "sample_rate" },
      });
      return current !== null && current.quantity === 2 ? current : undefined;
    });
    expect(outcome).toMatchObject({ category: "error", outcome: "client_discard", quantity: 2 });
  });

  it("an attachment is stored beside its event", async () => {
    const project = await createKeyedProject();
    await send(project, "node-attachment.envelope");
    const attachment = await eventually(async () =>
      found(await db.eventAttachment.findFirst({ where: { projectId: project.projectId } })),
    );
    expect(attachment).toMatchObject({ name: "config.json", type: "event.attachment" });
    expect(attachment.size).toBe(attachment.data.length);
    const event = await eventually(async () =>
      found(await db.event.findFirst({ where: { projectId: project.projectId } })),
    );
    expect(attachment.eventId).toBe(event.eventId);
  });

  it("feedback lands on the issue of the event it points at", async () => {
    const project = await createKeyedProject();
    await send(project, "node-feedback-associated-message.envelope");
    const event = await eventually(async () =>
      found(await db.event.findFirst({ where: { projectId: project.projectId } })),
    );
    await send(project, "node-feedback.envelope");
    const feedback = await eventually(async () =>
      found(await db.userFeedback.findFirst({ where: { projectId: project.projectId } })),
    );
    expect(feedback).toMatchObject({
      issueId: event.issueId,
      eventId: event.eventId,
      name: "Jane",
      email: "jane@example.com",
      comments: "The pay button does nothing",
    });
  });

  it("an items job delivered again (a crash between commit and ack) is counted once", async () => {
    const project = await createKeyedProject();
    const items: ItemsJobPayload = {
      projectId: project.projectId,
      sessions: [
        {
          release: "shop@2.0.0",
          environment: "production",
          hour: "2026-11-22T12:00:00.000Z",
          started: 3,
          exited: 2,
          errored: 1,
          crashed: 0,
          abnormal: 0,
          distinctId: null,
        },
      ],
      outcomes: [
        {
          hour: "2026-11-22T12:00:00.000Z",
          category: "error",
          outcome: "client_discard",
          reason: "queue_overflow",
          quantity: 5,
        },
      ],
      attachments: [],
      feedback: [],
    };
    expect(await persistEnvelopeItems(items, "events:41:1700000000000")).toBe("stored");
    expect(await persistEnvelopeItems(items, "events:41:1700000000000")).toBe("already-stored");
    // Another job with the same content is another envelope: it counts.
    expect(await persistEnvelopeItems(items, "events:42:1700000000000")).toBe("stored");

    const sessions = await db.sessionHourly.findMany({ where: { projectId: project.projectId } });
    expect(sessions).toMatchObject([{ started: 6, exited: 4, errored: 2 }]);
    const outcomes = await db.projectOutcomeHourly.findMany({
      where: { projectId: project.projectId },
    });
    expect(outcomes).toMatchObject([{ reason: "queue_overflow", quantity: 10 }]);
  });
});
