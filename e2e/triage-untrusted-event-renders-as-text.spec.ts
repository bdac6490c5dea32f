import { expect, test, type Page } from "@playwright/test";
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
 * Event data comes from anyone who has the DSN, which ships inside every web page. An event full
 * of markup must show as the text it is, on the issue page and in the stream, and run nothing.
 */
const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";

function hostileEvent(eventId: string): string {
  const now = Date.now() / 1000;
  return JSON.stringify({
    event_id: eventId,
    timestamp: now,
    platform: "node",
    level: "error",
    environment: "production",
    release: `shop@${SCRIPT}`,
    message: `message ${IMG}`,
    exception: {
      values: [
        {
          type: "Error",
          value: `value ${IMG} ${SCRIPT}`,
          mechanism: { type: "generic", handled: false },
          stacktrace: {
            frames: [
              {
                filename: `/srv/app/${IMG}.js`,
                function: `fn ${SCRIPT}`,
                lineno: 12,
                colno: 3,
                in_app: true,
                pre_context: [`pre ${SCRIPT}`],
                context_line: `line ${IMG}`,
                post_context: [`post ${IMG}`],
                vars: { [`var ${IMG}`]: `value ${SCRIPT}`, nested: { html: IMG } },
              },
            ],
          },
        },
      ],
    },
    tags: { hostile: `tag ${IMG}`, other: SCRIPT },
    breadcrumbs: [
      { timestamp: now - 1, category: "ui.click", message: `crumb ${IMG}`, data: { html: SCRIPT } },
    ],
    request: {
      method: "GET",
      url: `https://shop.example.com/search?q=${encodeURIComponent(SCRIPT)}`,
      headers: { "X-Evil": `header ${IMG}`, Accept: SCRIPT },
    },
    user: { id: "u-1", username: `user ${IMG}`, email: "eve@example.com" },
    contexts: { browser: { name: `browser ${SCRIPT}`, version: "1" } },
    extra: { html: `extra ${IMG}` },
  });
}

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test("an event carrying markup renders as text and runs no script", async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const world = await createDetailWorld("untrusted");
  const eventId = newEventId();
  await sendEnvelope(
    page.request,
    world,
    envelope(eventId, [{ headers: { type: "event" }, payload: hostileEvent(eventId) }]),
  );
  const issueId = await issueIdOfEvent(world, eventId);
  const issuePath = `/${world.orgSlug}/issues/${issueId}`;
  await signIn(page, world, issuePath);

  await test.step("the issue page shows every field as text", async () => {
    const event = page.getByRole("article", { name: "Event" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`value ${IMG} ${SCRIPT}`);
    for (const text of [
      `message ${IMG}`,
      `/srv/app/${IMG}.js`,
      `fn ${SCRIPT}`,
      `line ${IMG}`,
      `pre ${SCRIPT}`,
      `var ${IMG}`,
      `value ${SCRIPT}`,
      `crumb ${IMG}`,
      `header ${IMG}`,
      `user ${IMG}`,
      `browser ${SCRIPT}`,
      `tag ${IMG}`,
      `extra ${IMG}`,
    ]) {
      await expect(event.getByText(text, { exact: false }).first(), text).toBeVisible();
    }
    await event.getByRole("button", { name: "Show JSON" }).click();
    await expect(event.getByText(`"value ${IMG} ${SCRIPT}"`).first()).toBeVisible();
    await expectInert(page);
    await saveScreenshot(page, "issue-detail-untrusted");
  });

  await test.step("the other tabs too", async () => {
    for (const tab of ["events", "tags", "activity", "grouping"]) {
      await page.goto(`${issuePath}?tab=${tab}`);
      await expect(page.getByRole("tabpanel")).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectInert(page);
    }
    await page.goto(`${issuePath}?tab=tags`);
    await expect(page.getByRole("region", { name: "Tag hostile" })).toContainText(`tag ${IMG}`);
    await expectInert(page);
  });

  await test.step("the stream shows the issue as text", async () => {
    await page.goto(`/${world.orgSlug}/issues?query=`);
    await expect(page.getByText(`value ${IMG} ${SCRIPT}`).first()).toBeVisible();
    await expectInert(page);
  });

  expect(dialogs).toEqual([]);
});
