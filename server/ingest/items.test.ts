import { describe, expect, it } from "vitest";
import { parseEnvelope, type Envelope } from "./envelope";
import { classifyEnvelopeItems, type ClassifiedItem } from "./items";
import { fixtureBytes } from "./testFixtures";

function envelopeOf(source: string | Buffer): Envelope {
  const result = parseEnvelope(typeof source === "string" ? Buffer.from(source) : source);
  if (!result.ok) throw new Error(result.reason);
  return result.envelope;
}

function classifiedFixture(file: string): ClassifiedItem[] {
  const result = classifyEnvelopeItems(envelopeOf(fixtureBytes(file)));
  if (!result.ok) throw new Error(result.reason);
  return result.items;
}

function only<K extends ClassifiedItem["kind"]>(
  items: ClassifiedItem[],
  kind: K,
): Extract<ClassifiedItem, { kind: K }> {
  const found = items.filter(
    (item): item is Extract<ClassifiedItem, { kind: K }> => item.kind === kind,
  );
  expect(found).toHaveLength(1);
  const [item] = found;
  if (item === undefined) throw new Error(`no ${kind} item`);
  return item;
}

describe("classifyEnvelopeItems on real SDK payloads", () => {
  it("turns an error event into an event with its id from the envelope header", () => {
    const event = only(classifiedFixture("node-capture-exception.envelope"), "event");
    expect(event.eventId).toBe("44b2d6bc4ec44cbba320af485544eefe");
    expect(event.event.platform).toBe("node");
  });

  it("counts a transaction as its segment plus its spans", () => {
    const transaction = only(classifiedFixture("node-transaction.envelope"), "transaction");
    expect(transaction.eventId).toBe("de3ac894260146f1af68daa676aa2e3f");
    expect(transaction.spanCount).toBe(3);
  });

  it("counts a span container by item_count", () => {
    expect(only(classifiedFixture("node-transaction-span-stream.envelope"), "span").spanCount).toBe(
      3,
    );
  });

  it("reads session updates, including crashed and the browser's unhandled", () => {
    const exited = only(classifiedFixture("node-session-exited.envelope"), "session").session;
    expect(exited).toMatchObject({
      sessionId: "81b0785cfa3d484aac80c4f52bf8a957",
      init: true,
      status: "exited",
      errors: 0,
      release: "shop@1.4.2",
      environment: "production",
      distinctId: undefined,
    });
    expect(exited.startedAt.toISOString()).toBe("2026-11-22T12:00:31.800Z");
    expect(exited.durationSeconds).toBeCloseTo(0.1038, 3);

    expect(
      only(classifiedFixture("node-uncaught-exception-session.envelope"), "session").session.status,
    ).toBe("crashed");
    const unhandled = only(
      classifiedFixture("browser-session-unhandled.envelope"),
      "session",
    ).session;
    expect(unhandled).toMatchObject({
      status: "unhandled",
      errors: 1,
      ipAddress: "{{auto}}",
      release: "web@2.0.0",
    });
    expect(unhandled.userAgent).toMatch(/HeadlessChrome/);
    expect(
      only(classifiedFixture("node-scope-data-session-update.envelope"), "session").session
        .distinctId,
    ).toBe("u-42");
  });

  it("reads session aggregates", () => {
    const { aggregates } = only(classifiedFixture("node-sessions-aggregate.envelope"), "sessions");
    expect(aggregates.release).toBe("shop@1.4.2");
    expect(aggregates.buckets).toEqual([
      {
        startedAt: new Date("2026-11-22T12:00:00.000Z"),
        distinctId: undefined,
        exited: 3,
        errored: 0,
        abnormal: 0,
        crashed: 0,
        unhandled: 0,
      },
    ]);
  });

  it("keeps attachment bytes and headers next to the event", () => {
    const items = classifiedFixture("node-attachment.envelope");
    expect(items.map((item) => item.kind)).toEqual(["event", "attachment"]);
    const { attachment } = only(items, "attachment");
    expect(attachment).toMatchObject({
      filename: "config.json",
      contentType: "application/json",
      attachmentType: "event.attachment",
    });
    expect(attachment.bytes.toString()).toBe('{"retries":3}\n{"x":1}');
  });

  it("reads feedback from contexts.feedback with the associated event", () => {
    const { feedback } = only(classifiedFixture("node-feedback.envelope"), "feedback");
    expect(feedback).toEqual({
      source: "feedback",
      comments: "The pay button does nothing",
      name: "Jane",
      email: "jane@example.com",
      url: undefined,
      associatedEventId: "9392abe0227a47c2927b08ef4e2bc36d",
      eventId: "14505903cdf243e09950d5eb78dad264",
    });
  });

  it("reads client reports", () => {
    const { report } = only(
      classifiedFixture("node-client-report-event-processor.envelope"),
      "client_report",
    );
    expect(report.discarded).toEqual([
      { reason: "event_processor", category: "error", quantity: 2 },
    ]);
    expect(report.timestamp?.getTime()).toBe(1795348840055);
  });

  it("skips item types the pipeline does not store", () => {
    expect(classifiedFixture("node-check-in-ok.envelope")).toEqual([
      { kind: "skipped", itemType: "check_in" },
    ]);
    expect(classifiedFixture("node-logs.envelope")).toEqual([{ kind: "skipped", itemType: "log" }]);
  });
});

describe("classifyEnvelopeItems validation", () => {
  it("fails the whole envelope for a malformed event", () => {
    expect(classifyEnvelopeItems(envelopeOf('{}\n{"type":"event"}\n{"message":'))).toEqual({
      ok: false,
      status: 400,
      reason: "event item: payload is not valid JSON",
    });
    expect(classifyEnvelopeItems(envelopeOf('{}\n{"type":"event"}\n[1]'))).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("drops only the broken item for other types", () => {
    const result = classifyEnvelopeItems(
      envelopeOf(
        '{}\n{"type":"session"}\n{"sid":"a","started":"2026-01-01T00:00:00Z","status":"ok","attrs":{}}\n' +
          '{"type":"session"}\n{"sid":"b","started":"yesterday","attrs":{"release":"r"}}\n' +
          '{"type":"client_report"}\n{oops\n' +
          '{"type":"session"}\n{"sid":"c","started":1795348800,"status":"ERRORED","errors":"2","did":7,"attrs":{"release":"r@1"}}',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.items.map((item) => (item.kind === "invalid" ? `invalid: ${item.reason}` : item.kind)),
    ).toEqual([
      "invalid: attrs.release: Invalid input: expected string, received undefined",
      "invalid: started: is not a timestamp",
      "invalid: payload is not valid JSON",
      "session",
    ]);
    const session = result.items[3];
    expect(session?.kind === "session" && session.session).toMatchObject({
      status: "errored",
      errors: 2,
      distinctId: "7",
      startedAt: new Date(1795348800 * 1000),
    });
  });

  it("rejects unknown session statuses per item", () => {
    const result = classifyEnvelopeItems(
      envelopeOf(
        '{}\n{"type":"session"}\n{"sid":"a","started":0,"status":"weird","attrs":{"release":"r"}}',
      ),
    );
    expect(result.ok && result.items[0]?.kind).toBe("invalid");
  });

  it("reads a legacy user_report as feedback", () => {
    const result = classifyEnvelopeItems(
      envelopeOf(
        '{}\n{"type":"user_report"}\n{"event_id":"9392ABE0-227A-47C2-927B-08EF4E2BC36D","name":"Jo","email":"jo@x.io","comments":"broken"}',
      ),
    );
    expect(result.ok && result.items[0]).toEqual({
      kind: "feedback",
      itemType: "user_report",
      feedback: {
        source: "user_report",
        comments: "broken",
        name: "Jo",
        email: "jo@x.io",
        associatedEventId: "9392abe0227a47c2927b08ef4e2bc36d",
      },
    });
  });

  it("requires a message for feedback", () => {
    const result = classifyEnvelopeItems(
      envelopeOf('{}\n{"type":"feedback"}\n{"contexts":{"feedback":{"name":"x"}}}'),
    );
    expect(result.ok && result.items[0]?.kind).toBe("invalid");
  });

  it("counts spans in a container without item_count, and a legacy single span as one", () => {
    const result = classifyEnvelopeItems(
      envelopeOf(
        '{}\n{"type":"span"}\n{"version":2,"items":[{},{}]}\n{"type":"span"}\n{"span_id":"a"}',
      ),
    );
    expect(result.ok && result.items.map((item) => item.kind === "span" && item.spanCount)).toEqual(
      [2, 1],
    );
  });
});
