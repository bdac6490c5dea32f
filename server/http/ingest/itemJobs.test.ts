import { describe, expect, it } from "vitest";
import { parseEnvelope } from "@/server/ingest/envelope";
import { classifyEnvelopeItems } from "@/server/ingest/items";
import { fixtureBytes } from "@/server/ingest/testFixtures";
import { MAX_STORED_ATTACHMENT_BYTES, itemsJob } from "./itemJobs";

const receivedAt = new Date("2026-11-22T12:34:56.000Z");

function jobFor(file: string) {
  const parsed = parseEnvelope(fixtureBytes(file));
  if (!parsed.ok) throw new Error(parsed.reason);
  const classified = classifyEnvelopeItems(parsed.envelope);
  if (!classified.ok) throw new Error(classified.reason);
  return itemsJob(7, classified.items, parsed.envelope.headers, receivedAt);
}

describe("itemsJob", () => {
  it("has nothing to keep for an envelope with only an event", () => {
    expect(jobFor("node-capture-exception.envelope")).toBeNull();
  });

  it("counts a session that started and exited in one update in its start hour", () => {
    expect(jobFor("node-session-exited.envelope")?.sessions).toEqual([
      {
        release: "shop@1.4.2",
        environment: "production",
        hour: "2026-11-22T12:00:00.000Z",
        started: 1,
        exited: 1,
        errored: 0,
        crashed: 0,
        abnormal: 0,
        distinctId: null,
      },
    ]);
  });

  it("counts a crashed session as errored and crashed", () => {
    const [row] = jobFor("node-uncaught-exception-session.envelope")?.sessions ?? [];
    expect(row).toMatchObject({ crashed: 1, errored: 1, exited: 0 });
  });

  it("turns client-report discards into outcomes", () => {
    expect(jobFor("node-client-report-sample-rate.envelope")?.outcomes).toEqual([
      {
        hour: "2026-11-22T12:00:00.000Z",
        outcome: "client_discard",
        category: "error",
        reason: "sample_rate",
        quantity: 1,
      },
    ]);
  });

  it("keeps an attachment with its event id, and only below the stored size limit", () => {
    const [attachment] = jobFor("node-attachment.envelope")?.attachments ?? [];
    expect(attachment).toMatchObject({ name: "config.json", type: "event.attachment" });
    expect(attachment?.eventId).toMatch(/^[0-9a-f]{32}$/);

    const big = itemsJob(
      7,
      [
        {
          kind: "attachment",
          itemType: "attachment",
          attachment: {
            filename: "dump.bin",
            attachmentType: "event.attachment",
            bytes: Buffer.alloc(MAX_STORED_ATTACHMENT_BYTES + 1),
          },
        },
      ],
      { event_id: "9392abe0227a47c2927b08ef4e2bc36d" },
      receivedAt,
    );
    expect(big?.attachments).toEqual([]);
    expect(big?.outcomes).toMatchObject([{ category: "attachment", reason: "too_large" }]);
  });

  it("points feedback at the event the user was looking at", () => {
    expect(jobFor("node-feedback.envelope")?.feedback).toMatchObject([
      {
        comments: "The pay button does nothing",
        name: "Jane",
        email: "jane@example.com",
        associatedEventId: "9392abe0227a47c2927b08ef4e2bc36d",
      },
    ]);
  });
});
