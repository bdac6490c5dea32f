import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/artifacts";
import {
  createDetailWorld,
  envelope,
  issueIdOfEvent,
  newEventId,
  sendEnvelope,
  signIn,
} from "./support/detailWorld";

/**
 * A developer opens an issue made from real Node SDK events: reads the exception, the
 * breadcrumbs and the tags, steps to the older event, looks through the Events, Tags and Activity
 * tabs, and leaves a Markdown comment that renders.
 */
const FIXTURE = "../shared/fixtures/sentry-sdk/node-scope-data.envelope";

/** The fixture's event item, re-sent with a fresh id and the current time. */
function fixtureEvent(eventId: string, secondsAgo: number): string {
  const [, , payload] = readFileSync(FIXTURE, "utf8").split("\n");
  const event = JSON.parse(payload!) as Record<string, unknown>;
  return JSON.stringify({ ...event, event_id: eventId, timestamp: Date.now() / 1000 - secondsAgo });
}

test("an issue from real SDK events reads like Sentry's issue page, and takes a comment", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const world = await createDetailWorld("detail");
  const older = newEventId();
  const latest = newEventId();
  await sendEnvelope(
    page.request,
    world,
    envelope(older, [{ headers: { type: "event" }, payload: fixtureEvent(older, 120) }]),
  );
  await sendEnvelope(
    page.request,
    world,
    envelope(latest, [
      { headers: { type: "event" }, payload: fixtureEvent(latest, 5) },
      {
        headers: { type: "attachment", filename: "cart.json", content_type: "application/json" },
        payload: '{"items":3,"total":99.5}',
      },
    ]),
  );
  const issueId = await issueIdOfEvent(world, older);
  expect(await issueIdOfEvent(world, latest)).toBe(issueId);
  const issuePath = `/${world.orgSlug}/issues/${issueId}`;
  await signIn(page, world, issuePath);

  await test.step("the header and the latest event", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "TypeError Cannot process order 456",
    );
    await expect(page.getByRole("toolbar", { name: "Issue actions" })).toBeVisible();
    const event = page.getByRole("article", { name: "Event" });
    await expect(event.getByText(latest.slice(0, 8), { exact: true })).toBeVisible();
    await expect(event.getByRole("heading", { name: "TypeError" })).toBeVisible();
    await expect(event.getByText("Caused by")).toBeVisible();
    await expect(event.getByText("const inner = new Error").first()).toBeVisible();
    await expect(event.getByRole("list", { name: "Breadcrumbs" })).toContainText("User logged in");
    const tag = event.getByRole("link", { name: /tier\s*gold/ });
    await expect(tag).toHaveAttribute(
      "href",
      `/${world.orgSlug}/issues?query=${encodeURIComponent('tier:"gold"')}`,
    );
    await expect(event.getByRole("link", { name: "Download cart.json" })).toHaveAttribute(
      "href",
      new RegExp(`/api/0/issues/${issueId}/attachments/\\d+/$`),
    );
    const download = await page.request.get(
      (await event.getByRole("link", { name: "Download cart.json" }).getAttribute("href"))!,
    );
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain('attachment; filename="cart.json"');
    expect(await download.text()).toBe('{"items":3,"total":99.5}');
    await saveScreenshot(page, "issue-detail");
  });

  await test.step("full stack, raw JSON and the older event by its shareable URL", async () => {
    const event = page.getByRole("article", { name: "Event" });
    await expect(event.getByText("Module.withScope")).toHaveCount(0);
    await event.getByRole("switch", { name: "Full stack" }).click();
    await expect(event.getByText("Module.withScope").first()).toBeVisible();
    await event.getByRole("button", { name: "Show JSON" }).click();
    await expect(event.getByText('"release": "shop@1.4.2"')).toBeVisible();

    await event.getByRole("link", { name: "Older event" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?event=${older}$`));
    await expect(event.getByText(older.slice(0, 8), { exact: true })).toBeVisible();
    await expect(event.getByRole("button", { name: "Older event" })).toBeDisabled();
    await page.reload();
    await expect(
      page.getByRole("article", { name: "Event" }).getByText(older.slice(0, 8), { exact: true }),
    ).toBeVisible();
  });

  await test.step("the dark theme", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(issuePath);
    await expect(page.getByRole("article", { name: "Event" })).toBeVisible();
    await saveScreenshot(page, "issue-detail-dark");
    await page.setViewportSize({ width: 1024, height: 800 });
    await saveScreenshot(page, "issue-detail-1024-dark");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
  });

  await test.step("the Events tab lists both events and searches them", async () => {
    await page.goto(issuePath);
    await page
      .getByRole("navigation", { name: "Issue sections" })
      .getByRole("link", { name: /Events/ })
      .click();
    await expect(page).toHaveURL(/\?tab=events$/);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await page.getByLabel("Search events").fill("tier:gold");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(rows).toHaveCount(2);
    await page.getByLabel("Search events").fill("tier:silver");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { name: "No events match this search" })).toBeVisible();
  });

  await test.step("the Tags tab shows top values with their share", async () => {
    await page
      .getByRole("navigation", { name: "Issue sections" })
      .getByRole("link", { name: "Tags" })
      .click();
    const tier = page.getByRole("region", { name: "Tag tier" });
    await expect(tier).toContainText("gold");
    await expect(tier).toContainText("2 · 100%");
    await saveScreenshot(page, "issue-detail-tags");
  });

  await test.step("a missing issue says so, with a way back", async () => {
    for (const id of ["2000000000", "not-a-number"]) {
      await page.goto(`/${world.orgSlug}/issues/${id}`);
      await expect(
        page.getByRole("heading", { name: "This issue does not exist or was deleted" }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: "Back to issues" })).toHaveAttribute(
        "href",
        `/${world.orgSlug}/issues`,
      );
    }
    await page.goto(`${issuePath}?tab=activity`);
  });

  await test.step("a Markdown comment renders as formatted text", async () => {
    await page
      .getByRole("navigation", { name: "Issue sections" })
      .getByRole("link", { name: "Activity" })
      .click();
    await page
      .getByLabel("Comment", { exact: true })
      .fill(
        "**Root cause**: the payment gateway answered `502`.\n\n- retry with backoff\n- see [the runbook](https://example.com/runbook)",
      );
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    const comment = page.getByRole("listitem", { name: "Comment by Ada Lovelace" });
    await expect(comment.locator("strong")).toHaveText("Root cause");
    await expect(comment.locator("code")).toHaveText("502");
    const link = comment.getByRole("link", { name: "the runbook" });
    await expect(link).toHaveAttribute("href", "https://example.com/runbook");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    await expect(page.getByRole("list", { name: "Activity" })).toContainText(
      "first saw this issue",
    );
    await saveScreenshot(page, "issue-detail-activity");
  });
});
