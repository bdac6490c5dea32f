import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { saveScreenshot } from "./support/artifacts";
import { createProjectWithCli } from "./support/createProjectWithCli";
import { createUserWithCli } from "./support/createUserWithCli";
import { signInWithPassword } from "./support/signInWithPassword";

/**
 * An admin finds an event the worker gave up on in Settings → Failed events, reads its stored
 * JSON and replays it; it becomes an issue and the list is empty again. The FailedEvent row is
 * written here as the worker writes it after a last failed attempt (the integration test
 * tests/failedEvents.test.ts makes a real job fail; a browser cannot break the worker on cue).
 */
const run = Date.now().toString(36);

/** The event item of a real @sentry/node envelope (shared/fixtures; Playwright runs from the repo). */
function fixtureEvent(): Record<string, unknown> {
  const envelope = readFileSync("../shared/fixtures/sentry-sdk/node-capture-exception.envelope");
  const [, , item = ""] = envelope.toString("utf8").split("\n");
  return JSON.parse(item) as Record<string, unknown>;
}
const admin = { name: "Ada Admin", email: `ada-${run}@example.com`, password: `replay-${run}` };

test("an admin replays a failed event from settings and it becomes an issue", async ({ page }) => {
  test.setTimeout(180_000);
  await createUserWithCli(admin);
  const project = await createProjectWithCli({
    org: `ops-${run}`,
    project: "checkout",
    ownerEmail: admin.email,
  });
  const eventId = randomBytes(16).toString("hex");
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();

  try {
    await test.step("the worker's failed list holds an event", async () => {
      const job = {
        projectId: project.projectId,
        eventId,
        receivedAt: new Date().toISOString(),
        clientIp: "203.0.113.7",
        sentAt: null,
        payload: { ...fixtureEvent(), event_id: eventId },
      };
      await db.query(
        `INSERT INTO "FailedEvent" ("projectId", "eventId", payload, error, attempts)
         VALUES ($1, $2, $3, $4, 5)`,
        [project.projectId, eventId, JSON.stringify(job), "Connection terminated unexpectedly"],
      );
    });

    await test.step("the admin signs in and opens Settings → Failed events", async () => {
      await page.goto("/sign-in");
      await signInWithPassword(page, admin, new RegExp(`/${project.org}/`));
      await page.goto(`/${project.org}/settings`);
      await page
        .getByRole("navigation", { name: "Settings" })
        .getByRole("link", { name: "Failed events" })
        .click();
      await expect(page.getByRole("heading", { name: "Failed events" })).toBeVisible();
      await expect(page.getByText("Connection terminated unexpectedly")).toBeVisible();
      await expect(page.getByText(eventId)).toBeVisible();
    });

    await test.step("the stored JSON can be read before deciding", async () => {
      await page.getByRole("button", { name: /Connection terminated unexpectedly/ }).click();
      await expect(page.getByText("Stored job payload")).toBeVisible();
      await expect(
        page
          .locator("pre")
          .getByText(/Cannot process order 123/)
          .first(),
      ).toBeVisible();
      await saveScreenshot(page, "failed-events-list");
    });

    await test.step("replay queues it again and the list empties", async () => {
      await page.getByRole("button", { name: `Replay ${eventId}` }).click();
      await expect(page.getByText("Event queued for processing again")).toBeVisible();
      await expect(page.getByRole("heading", { name: "No failed events" })).toBeVisible();
      await saveScreenshot(page, "failed-events-empty");
    });

    await test.step("the worker stores it as an issue", async () => {
      await expect
        .poll(
          async () =>
            (
              await db.query<{ title: string }>(
                `SELECT i.title FROM "Issue" i JOIN "Event" e ON e."issueId" = i.id
                  WHERE e."projectId" = $1 AND e."eventId" = $2::uuid`,
                [project.projectId, eventId],
              )
            ).rows,
          { timeout: 60_000, intervals: [250, 500, 1_000] },
        )
        .toEqual([{ title: "TypeError: Cannot process order 123" }]);
    });
  } finally {
    await db.end();
  }
});
