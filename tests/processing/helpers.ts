import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/server/db/client";
import { parseEnvelope } from "@/server/ingest/envelope";
import {
  envelopeFixtureNames,
  fixtureBytes,
  fixtureItemPayload,
} from "@/server/ingest/testFixtures";
import type { IngestedEvent } from "@/server/processing/types";

/** Test data for the processing tests: own organizations and projects, unique per test. */

export function randomEventId(): string {
  return randomBytes(16).toString("hex");
}

export interface TestProject {
  id: number;
  organizationId: string;
  slug: string;
}

export async function createTestProject(
  options: { scrubData?: boolean; scrubFields?: string[]; allowedOrigins?: string[] } = {},
): Promise<TestProject> {
  const suffix = randomBytes(5).toString("hex");
  const organization = await db.organization.create({
    data: { id: randomUUID(), name: `Processing ${suffix}`, slug: `proc-${suffix}` },
  });
  const project = await db.project.create({
    data: {
      organizationId: organization.id,
      name: `App ${suffix}`,
      slug: `app-${suffix}`,
      shortIdPrefix: "APP",
      scrubData: options.scrubData ?? true,
      scrubFields: options.scrubFields ?? [],
      allowedOrigins: options.allowedOrigins ?? ["*"],
    },
  });
  return { id: project.id, organizationId: organization.id, slug: project.slug };
}

/** An accepted event as the edge enqueues it, received now. */
export function ingested(
  project: Pick<TestProject, "id">,
  payload: Record<string, unknown>,
  overrides: Partial<IngestedEvent> = {},
): IngestedEvent {
  return {
    projectId: project.id,
    eventId: randomEventId(),
    receivedAt: new Date().toISOString(),
    clientIp: "203.0.113.7",
    sentAt: null,
    payload,
    ...overrides,
  };
}

/** The JSON payload of a fixture's event item, as the edge would hand it over. */
export function fixtureEvent(file: string): Record<string, unknown> {
  return fixtureItemPayload(file) as Record<string, unknown>;
}

export function eventFixtureNames(): string[] {
  return envelopeFixtureNames().filter((file) => {
    const parsed = parseEnvelope(fixtureBytes(file));
    return parsed.ok && parsed.envelope.items.some((item) => item.headers.type === "event");
  });
}

/** The parts of a stored event's `data` the tests read. */
export interface StoredEventData {
  extra?: Record<string, unknown>;
  user?: Record<string, unknown>;
  request?: { headers?: unknown; query_string?: unknown };
  contexts?: Record<string, Record<string, unknown>>;
  breadcrumbs?: { values: unknown[] };
}

export function storedData(event: { data: unknown }): StoredEventData {
  return event.data as StoredEventData;
}
