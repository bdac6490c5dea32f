import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { createProjectWithCli } from "./createProjectWithCli";
import { createUserWithCli } from "./createUserWithCli";
import { signInWithPassword } from "./signInWithPassword";

/**
 * An owner with an organization and a project, made with the operator's CLI against the database
 * of the server under test, and the project's DSN parts for sending events to the real ingest
 * endpoint. Used by the issue-detail specs.
 */
export interface DetailWorld {
  email: string;
  password: string;
  orgSlug: string;
  projectId: number;
  publicKey: string;
}

export async function createDetailWorld(name: string): Promise<DetailWorld> {
  const suffix = randomBytes(4).toString("hex");
  const email = `${name}-${suffix}@example.com`;
  const password = `pass-${suffix}-${suffix}`;
  const orgSlug = `${name}-${suffix}`;
  await createUserWithCli({ email, password, name: "Ada Lovelace" });
  const created = await createProjectWithCli({
    org: orgSlug,
    project: "shop",
    platform: "node",
    ownerEmail: email,
  });
  const publicKey = new URL(created.dsn).username;
  return { email, password, orgSlug, projectId: created.projectId, publicKey };
}

export function newEventId(): string {
  return randomBytes(16).toString("hex");
}

/** An envelope as the SDKs write it: a header line, then each item's header and payload. */
export function envelope(
  eventId: string,
  items: { headers: Record<string, unknown>; payload: string }[],
): string {
  const lines = [JSON.stringify({ event_id: eventId, sent_at: new Date().toISOString() })];
  for (const item of items) {
    lines.push(JSON.stringify({ ...item.headers, length: Buffer.byteLength(item.payload) }));
    lines.push(item.payload);
  }
  return lines.join("\n");
}

export async function sendEnvelope(
  request: APIRequestContext,
  world: DetailWorld,
  body: string,
): Promise<void> {
  const response = await request.post(
    `/api/${world.projectId}/envelope/?sentry_version=7&sentry_key=${world.publicKey}`,
    { data: body, headers: { "content-type": "application/x-sentry-envelope" } },
  );
  expect(response.status(), await response.text()).toBe(200);
}

/** Waits for the worker to store the event, and gives its issue's id. */
export async function issueIdOfEvent(world: DetailWorld, eventId: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    let issueId: number | null = null;
    await expect
      .poll(
        async () => {
          const result = await client.query<{ issueId: number }>(
            `SELECT "issueId" FROM "Event" WHERE "projectId" = $1 AND "eventId" = $2::uuid`,
            [world.projectId, eventId],
          );
          issueId = result.rows[0]?.issueId ?? null;
          return issueId;
        },
        { timeout: 30_000, message: `event ${eventId} was not stored` },
      )
      .not.toBeNull();
    return issueId!;
  } finally {
    await client.end();
  }
}

export async function signIn(page: Page, world: DetailWorld, next: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await signInWithPassword(page, world, new RegExp(`${next.replace(/[?]/g, "\\?")}$`));
}
