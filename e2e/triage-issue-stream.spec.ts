import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/artifacts";
import { createProjectWithCli, type CliProject } from "./support/createProjectWithCli";
import { createUserWithCli } from "./support/createUserWithCli";
import { sendWithSentrySdk } from "./support/sendWithSentrySdk";
import { signInWithPassword } from "./support/signInWithPassword";

/**
 * A developer opens the issue stream after two services reported errors through the real Sentry
 * SDK: the stream lists them with counts, search narrows it (and lives in the URL, so Back
 * restores it), a bad query explains itself inline, the keyboard moves and selects, and a new
 * error announces itself without moving the rows.
 */
const run = Date.now().toString(36);
const owner = {
  name: "Linus Stream",
  email: `stream-${run}@example.com`,
  password: `sparkline-${run}`,
};
const orgSlug = `stream-${run}`;

// Each helper function gives its frames a stable culprit; users make the Users column count.
const WEB_ERRORS = `
function computeTotal(cart) { return cart.items.total; }
function declinePayment(provider) { const error = new Error("Payment declined by " + provider); return error; }
for (const id of ["u1", "u2", "u3"]) {
  Sentry.withScope((scope) => {
    scope.setUser({ id, email: id + "@shop.example" });
    try { computeTotal(undefined); } catch (error) {
      Sentry.captureException(error, { mechanism: { type: "onunhandledrejection", handled: false } });
    }
  });
}
for (let attempt = 0; attempt < 2; attempt++) {
  Sentry.withScope((scope) => {
    scope.setTag("payment.provider", "stripe");
    scope.setUser({ id: "u1" });
    Sentry.captureException(declinePayment("stripe"));
  });
}
Sentry.captureException(new RangeError("Quantity out of range"));
Sentry.captureMessage("Disk almost full", "warning");
`;
const API_ERRORS = `
function connect() { return new Error("Database connection refused"); }
Sentry.captureException(connect());
Sentry.captureException(connect());
Sentry.captureException(new TypeError("Invalid user id"));
`;

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await signInWithPassword(page, owner, new RegExp(`/${orgSlug}/issues`));
}

/** Keyboard shortcuts are for the page, not for a focused field. */
async function blur(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The stream loads once; events are processed in the background, so reload until all arrived. */
async function waitForRows(page: Page, count: number) {
  const rows = page.getByTestId("issue-row");
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(count, { timeout: 3_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 3_000] });
}

test("the issue stream lists SDK errors, searches in the URL, and triages from the keyboard", async ({
  page,
}) => {
  test.setTimeout(300_000);
  let web: CliProject;
  let api: CliProject;
  const rows = page.getByTestId("issue-row");
  const search = page.getByRole("combobox", { name: "Search issues" });

  await test.step("two services send errors through @sentry/node", async () => {
    await createUserWithCli(owner);
    web = await createProjectWithCli({
      org: orgSlug,
      project: "web",
      platform: "node",
      ownerEmail: owner.email,
    });
    api = await createProjectWithCli({
      org: orgSlug,
      project: "api",
      platform: "node",
      ownerEmail: owner.email,
    });
    await sendWithSentrySdk(web.dsn, WEB_ERRORS, { environment: "production" });
    await sendWithSentrySdk(api.dsn, API_ERRORS, { environment: "staging" });
  });

  await test.step("the stream shows every issue with its counts, newest activity first", async () => {
    await signIn(page);
    await waitForRows(page, 6);
    await expect(search).toHaveValue("is:unresolved");

    const checkout = rows.filter({ hasText: "Cannot read properties of undefined" });
    await expect(checkout).toContainText("TypeError");
    await expect(checkout).toContainText("Unhandled");
    await expect(checkout).toContainText("computeTotal");
    await expect(checkout).toContainText(/WEB-\w+/);
    await expect(checkout.getByTitle("3 events")).toHaveText("3");
    await expect(checkout.getByTitle("3 users")).toHaveText("3");

    const payment = rows.filter({ hasText: "Payment declined by stripe" });
    await expect(payment.getByTitle("2 events")).toHaveText("2");
    await expect(payment).not.toContainText("Unhandled");
    // Several projects are listed, so each row names its project.
    await expect(rows.filter({ hasText: "Database connection refused" })).toContainText("api");
    await expect(page.getByTestId("stream-range")).toHaveText("Showing 1–6 of 6 issues");

    const link = rows.filter({ hasText: "Quantity out of range" }).getByRole("link").first();
    await expect(link).toHaveAttribute("href", new RegExp(`^/${orgSlug}/issues/\\d+$`));
  });

  await test.step("search with autocomplete narrows the list and lives in the URL", async () => {
    await search.click();
    await search.press("End");
    await search.pressSequentially(" pay");
    const keys = page.getByRole("listbox", { name: "Search keys" });
    await expect(keys.getByRole("option", { name: /payment\.provider/ })).toBeVisible();
    await search.press("Tab");
    await expect(search).toHaveValue("is:unresolved payment.provider:");
    const values = page.getByRole("listbox", { name: "Values of payment.provider" });
    await expect(values.getByRole("option", { name: "stripe" })).toBeVisible();
    await search.press("ArrowDown");
    await search.press("Enter");
    await expect(search).toHaveValue("is:unresolved payment.provider:stripe ");
    await search.press("Enter");

    await expect(page).toHaveURL(/query=is%3Aunresolved\+payment\.provider%3Astripe/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Payment declined by stripe");

    await page.goBack();
    await expect(page).not.toHaveURL(/query=/);
    await expect(rows).toHaveCount(6);
    await expect(search).toHaveValue("is:unresolved");

    await page.goForward();
    await expect(rows).toHaveCount(1);
    await page.goBack();
    await expect(rows).toHaveCount(6);
  });

  await test.step("a query that does not parse is explained under the bar, not as an error page", async () => {
    await search.fill("level:purple");
    await search.press("Enter");
    await expect(
      page.getByRole("alert").filter({ hasText: 'Unknown level "purple"' }),
    ).toBeVisible();
    await expect(page.getByText("Fix the search above to see issues.")).toBeVisible();
    await page.goBack();
    await expect(rows).toHaveCount(6);
  });

  await test.step("filters for project, environment and sort are links too", async () => {
    await page.getByRole("button", { name: "Projects" }).click();
    await page.getByRole("menu").getByLabel("api").check();
    await page.getByRole("menu").getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/project=api/);
    await expect(rows).toHaveCount(2);

    await page.getByRole("button", { name: "Projects" }).click();
    await page.getByRole("menuitem", { name: "All Projects" }).click();
    await expect(page).toHaveURL(/project=-1/);
    await page.getByRole("button", { name: "Environment" }).click();
    await page.getByRole("menuitem", { name: "production" }).click();
    await expect(page).toHaveURL(/environment=production/);
    await expect(rows).toHaveCount(4);

    await page.getByLabel("Sort by").selectOption("freq");
    await expect(page).toHaveURL(/sort=freq/);
    await expect(rows.first()).toContainText("Cannot read properties of undefined");

    // A shared link opens the same list in a fresh page.
    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await expect(shared.getByTestId("issue-row")).toHaveCount(4);
    await expect(shared.getByTestId("issue-row").first()).toContainText("Cannot read properties");
    await shared.close();

    // Back walks through the changes one at a time.
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(page.getByLabel("Sort by")).toHaveValue("date");
    await page.goBack();
    await expect(page).not.toHaveURL(/environment=/);
    await expect(rows).toHaveCount(6);
    await page.goBack();
    await expect(page).toHaveURL(/project=api/);
    await expect(rows).toHaveCount(2);
    await page.goBack();
    await expect(page).not.toHaveURL(/project=|environment=|sort=/);
    await expect(rows).toHaveCount(6);
  });

  await test.step("j/k move the focus, x selects, shift-click selects a range, Esc clears", async () => {
    await blur(page);
    await page.keyboard.press("j");
    await expect(rows.nth(0)).toHaveAttribute("data-focused", "true");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expect(rows.nth(1)).toHaveAttribute("data-focused", "true");
    await page.keyboard.press("x");
    await expect(rows.nth(1).getByRole("checkbox")).toBeChecked();
    await expect(rows.nth(0).getByRole("checkbox")).not.toBeChecked();

    await rows
      .nth(3)
      .getByRole("checkbox")
      .click({ modifiers: ["Shift"] });
    for (const index of [1, 2, 3])
      await expect(rows.nth(index).getByRole("checkbox")).toBeChecked();
    await expect(rows.nth(4).getByRole("checkbox")).not.toBeChecked();

    await page.keyboard.press("Escape");
    await expect(page.locator('[data-testid="issue-row"] input:checked')).toHaveCount(0);

    await page.keyboard.press("/");
    await expect(search).toBeFocused();
    await page.keyboard.press("j");
    await expect(search).toHaveValue("is:unresolvedj");
    await search.fill("is:unresolved");
    await search.press("Escape");
  });

  await test.step("screenshots of the stream in light, dark and on a narrow laptop", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await blur(page);
    await page.keyboard.press("j");
    await rows.nth(2).getByRole("checkbox").check();
    await saveScreenshot(page, "issue-stream");

    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expect(rows).toHaveCount(6);
    await saveScreenshot(page, "issue-stream-dark");

    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await expect(rows).toHaveCount(6);
    // The graph column makes room for the issue itself on a narrow laptop.
    await expect(page.getByRole("radiogroup", { name: "Graph period" })).toBeHidden();
    await saveScreenshot(page, "issue-stream-1024");
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await test.step("a new error shows a calm banner; the list changes only when asked", async () => {
    await page.goto(`/${orgSlug}/issues`);
    await expect(rows).toHaveCount(6);
    await sendWithSentrySdk(
      api.dsn,
      `Sentry.captureException(new SyntaxError("Unexpected token in config"));`,
      {
        environment: "staging",
      },
    );
    const banner = page.getByRole("button", { name: /1 new issue/ });
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(rows).toHaveCount(6);
    await saveScreenshot(page, "issue-stream-new-issues");
    await banner.click();
    await expect(rows).toHaveCount(7);
    await expect(rows.first()).toContainText("Unexpected token in config");
    await expect(banner).toBeHidden();
  });
});
