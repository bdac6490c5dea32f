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
 * More issues than fit on a page: Next and Previous walk the stream without repeating or losing an
 * issue and the counts line follows, then "select all N matching" resolves every one of them, not
 * just the page on screen.
 */
const PAGE_SIZE = 25;
// Words, not numbers: grouping reads numbers in a message as parameters and would make one issue.
const FRUITS = [
  "apricot",
  "banana",
  "cherry",
  "damson",
  "elderberry",
  "fig",
  "grape",
  "guava",
  "huckleberry",
  "jackfruit",
  "kiwi",
  "lemon",
  "lime",
  "lychee",
  "mango",
  "melon",
  "nectarine",
  "olive",
  "orange",
  "papaya",
  "peach",
  "pear",
  "plum",
  "quince",
  "raspberry",
  "satsuma",
  "tangerine",
  "ugli",
  "watermelon",
  "yuzu",
];
const ISSUES = FRUITS.length;
const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);
const messageOf = (n: number) => `Paging check: ${FRUITS[n - 1]}`;

/** Issue n was last seen n seconds after the first, so the stream's order is known. */
function messageEvent(eventId: string, n: number): string {
  return JSON.stringify({
    event_id: eventId,
    timestamp: Date.now() / 1000 - (ISSUES - n),
    platform: "node",
    level: "error",
    environment: "production",
    message: messageOf(n),
  });
}

/** The issue ids of the rows on screen, top to bottom. */
async function issueIdsOnPage(page: Page): Promise<number[]> {
  return page
    .getByTestId("issue-row")
    .evaluateAll((rows) =>
      rows.map((row) =>
        Number(/\/issues\/(\d+)$/.exec(row.querySelector("a")?.getAttribute("href") ?? "")?.[1]),
      ),
    );
}

test("pages through more than one page of issues and resolves all that match", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const world = await createDetailWorld("paging");
  const rows = page.getByTestId("issue-row");
  const range = page.getByTestId("stream-range");
  const pages = page.getByRole("navigation", { name: "Pages" });
  /** The messages of issues `from` down to `to`, as the stream lists them. */
  const titles = (from: number, to: number) =>
    Array.from({ length: from - to + 1 }, (_, i) => messageOf(from - i));
  let sent: number[] = [];

  await test.step(`${ISSUES} errors with distinct messages arrive through the ingest endpoint`, async () => {
    const eventIds = Array.from({ length: ISSUES }, () => newEventId());
    for (const [index, eventId] of eventIds.entries()) {
      const payload = messageEvent(eventId, index + 1);
      await sendEnvelope(
        request,
        world,
        envelope(eventId, [{ headers: { type: "event" }, payload }]),
      );
    }
    sent = await Promise.all(eventIds.map((eventId) => issueIdOfEvent(world, eventId)));
    expect(new Set(sent).size).toBe(ISSUES);
  });

  const firstPage: number[] = [];
  await test.step("the first page holds the newest 25 and says how many there are", async () => {
    await signIn(page, world, `/${world.orgSlug}/issues`);
    await expect(range).toHaveText(`Showing 1–${PAGE_SIZE} of ${ISSUES} issues`);
    await expect(rows).toHaveCount(PAGE_SIZE);
    await expect(rows.first()).toContainText(messageOf(ISSUES));
    await expect(pages.getByRole("button", { name: "Previous" })).toBeDisabled();
    firstPage.push(...(await issueIdsOnPage(page)));
  });

  await test.step("Next shows the other five, none of them repeated", async () => {
    await pages.getByRole("button", { name: "Next" }).click();
    await expect(range).toHaveText(`Showing ${PAGE_SIZE + 1}–${ISSUES} of ${ISSUES} issues`);
    await expect(rows).toHaveCount(ISSUES - PAGE_SIZE);
    await expect(rows).toContainText(titles(ISSUES - PAGE_SIZE, 1));
    await expect(pages.getByRole("button", { name: "Next" })).toBeDisabled();
    const secondPage = await issueIdsOnPage(page);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect(ascending([...firstPage, ...secondPage])).toEqual(ascending(sent));
    await saveScreenshot(page, "stream-paging-second-page");
  });

  await test.step("Previous comes back to the same first page", async () => {
    await pages.getByRole("button", { name: "Previous" }).click();
    await expect(range).toHaveText(`Showing 1–${PAGE_SIZE} of ${ISSUES} issues`);
    await expect(rows).toContainText(titles(ISSUES, ISSUES - PAGE_SIZE + 1));
    expect(await issueIdsOnPage(page)).toEqual(firstPage);
  });

  await test.step("select the page, widen to all 30 matching, resolve", async () => {
    await page.getByRole("checkbox", { name: "Select all issues on this page" }).check();
    await page
      .getByRole("button", { name: `Select all ${ISSUES} issues that match this search` })
      .click();
    await expect(
      page.getByText(`All ${ISSUES} issues that match this search are selected.`),
    ).toBeVisible();
    await saveScreenshot(page, "stream-paging-all-matching-selected");
    const toolbar = page.getByRole("toolbar", { name: "Issue actions" });
    await toolbar.getByRole("button", { name: "Resolve" }).click();
    await expect(
      page
        .locator("[data-toasts]")
        .getByRole("status")
        .filter({ hasText: `Resolved ${ISSUES} issues` }),
    ).toBeVisible();
    await expect(page.getByText("No unresolved issues")).toBeVisible();
    await expect(rows).toHaveCount(0);
  });

  await test.step("is:resolved lists all 30 over two pages, is:unresolved none", async () => {
    await page.goto(`/${world.orgSlug}/issues?query=${encodeURIComponent("is:resolved")}`);
    await expect(range).toHaveText(`Showing 1–${PAGE_SIZE} of ${ISSUES} issues`);
    const resolved = await issueIdsOnPage(page);
    await pages.getByRole("button", { name: "Next" }).click();
    await expect(range).toHaveText(`Showing ${PAGE_SIZE + 1}–${ISSUES} of ${ISSUES} issues`);
    resolved.push(...(await issueIdsOnPage(page)));
    expect(ascending(resolved)).toEqual(ascending(sent));

    await page.goto(`/${world.orgSlug}/issues?query=${encodeURIComponent("is:unresolved")}`);
    await expect(page.getByText("No unresolved issues")).toBeVisible();
    await expect(rows).toHaveCount(0);
  });
});
