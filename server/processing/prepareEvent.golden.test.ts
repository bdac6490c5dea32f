import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { benchEvent, mixedEvent } from "@/bench/lib/events";
import type { ProjectProcessingSettings } from "@/server/data/projects";
import type { GroupedEvent } from "@/server/data/types";
import { parseEnvelope } from "@/server/ingest/envelope";
import {
  envelopeFixtureNames,
  fixtureBytes,
  fixtureItemPayload,
} from "@/server/ingest/testFixtures";
import { prepareEvent } from "./prepareEvent";
import { seededRandom, variedPayload } from "./testPayloads";
import type { IngestedEvent } from "./types";

/**
 * The whole prepare path (normalize → scrub → group) pinned over real SDK payloads, the
 * benchmark's events and seeded odd ones, under each scrub setting: any change to what is
 * stored or how it is grouped shows up here. Made for refactoring the hot path for speed; a
 * deliberate behaviour change updates the snapshot (`vitest -u`) and says why in review.
 */

// The benchmark generator draws ids from randomBytes and times from the clock: pin both.
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  let counter = 0;
  const randomBytes = (size: number) => {
    counter += 1;
    return actual.createHash("sha256").update(`bytes-${counter}`).digest().subarray(0, size);
  };
  return { ...actual, randomBytes };
});

const RECEIVED_AT = "2026-11-22T12:10:00.000Z";

const SETTINGS = {
  scrubbed: { id: 1, organizationId: "org-1", scrubData: true, scrubFields: [] },
  extraFields: {
    id: 1,
    organizationId: "org-1",
    scrubData: true,
    scrubFields: ["orderId", "No te"],
  },
  unscrubbed: { id: 1, organizationId: "org-1", scrubData: false, scrubFields: [] },
} satisfies Record<string, ProjectProcessingSettings>;

function fixtureJob(payload: unknown, index: number): IngestedEvent {
  return {
    projectId: 1,
    eventId: index.toString(16).padStart(32, "0"),
    receivedAt: RECEIVED_AT,
    clientIp: "203.0.113.7",
    payload,
  };
}

/** As the worker receives jobs: parsed from JSON, sharing nothing with other objects. */
function asQueued(job: IngestedEvent): IngestedEvent {
  return JSON.parse(JSON.stringify(job)) as IngestedEvent;
}

const eventFixtures = envelopeFixtureNames().filter((file) => {
  const parsed = parseEnvelope(fixtureBytes(file));
  return parsed.ok && parsed.envelope.items.some((item) => item.headers.type === "event");
});

function benchJobs(): IngestedEvent[] {
  vi.useFakeTimers({ now: new Date(RECEIVED_AT), toFake: ["Date"] });
  try {
    const seeded = [0, 1, 2].map((issue) => benchEvent(1, issue, issue, 5 * 1024));
    const mixed = Array.from({ length: 200 }, (_, n) =>
      mixedEvent(1, 200 + n, 5 * 1024, 10 * 1024),
    );
    return [...seeded, ...mixed];
  } finally {
    vi.useRealTimers();
  }
}

function variedJobs(count: number): IngestedEvent[] {
  const random = seededRandom(20261122);
  return Array.from({ length: count }, (_, index) => ({
    ...fixtureJob(variedPayload(random), 1_000 + index),
    clientIp: random() < 0.8 ? "203.0.113.7" : null,
    sentAt: random() < 0.3 ? "2026-11-22T09:10:00Z" : null,
  }));
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** JSON with object keys sorted: the digest pins values, not the order fields were assigned in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** One line per event: its hashes and a digest of everything prepared, stored data text included. */
function digestLine(
  label: string,
  job: IngestedEvent,
  settings: ProjectProcessingSettings,
): string {
  const queued = asQueued(job);
  const sent = JSON.stringify(queued);
  let grouped: GroupedEvent;
  try {
    grouped = prepareEvent(queued, settings);
  } catch (error) {
    return `${label} threw ${String(error)}`;
  }
  // Stages may share parts of the SDK's payload but never modify it.
  expect(JSON.stringify(queued), `${label} changed its payload`).toBe(sent);
  const { hash, variant, secondary } = grouped.grouping;
  const hashes = secondary === undefined ? hash : `${hash}/${secondary.hash}`;
  return `${label} ${variant} ${hashes} ${sha256(canonical(grouped)).slice(0, 24)}`;
}

describe("prepareEvent golden results", () => {
  it("covers every fixture with an event item", () => {
    expect(eventFixtures.length).toBeGreaterThanOrEqual(14);
  });

  it.each(eventFixtures)("%s, scrubbed by default", (file) => {
    const grouped = prepareEvent(
      asQueued(fixtureJob(fixtureItemPayload(file), 1)),
      SETTINGS.scrubbed,
    );
    const { data, timestamp, receivedAt, ...fields } = grouped;
    expect({
      ...fields,
      timestamp: timestamp.toISOString(),
      receivedAt: receivedAt.toISOString(),
      data: sha256(data),
    }).toMatchSnapshot();
  });

  it("every fixture under every scrub setting", () => {
    const lines = Object.entries(SETTINGS).flatMap(([name, settings]) =>
      eventFixtures.map((file, index) =>
        digestLine(`${name} ${file}`, fixtureJob(fixtureItemPayload(file), index), settings),
      ),
    );
    expect(lines).toMatchSnapshot();
  });

  it("the benchmark's generated events", () => {
    const lines = benchJobs().map((job, index) =>
      digestLine(String(index), job, SETTINGS.scrubbed),
    );
    expect(new Set(lines.map((line) => line.split(" ")[2])).size).toBeGreaterThan(50);
    expect(lines).toMatchSnapshot();
  });

  it("seeded varied payloads under every scrub setting", () => {
    const jobs = variedJobs(400);
    const lines = Object.entries(SETTINGS).flatMap(([name, settings]) =>
      jobs.map((job, index) => digestLine(`${name} ${index}`, job, settings)),
    );
    expect(lines).toMatchSnapshot();
  });
});
