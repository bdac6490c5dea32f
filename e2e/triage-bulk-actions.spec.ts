import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/artifacts";
import { createProjectWithCli } from "./support/createProjectWithCli";
import { createUserWithCli } from "./support/createUserWithCli";
import { sendWithSentrySdk } from "./support/sendWithSentrySdk";
import { signInWithPassword } from "./support/signInWithPassword";

/**
 * The whole triage flow on SDK errors: the stream lists them, a search narrows it, the toolbar
 * resolves two, ignores one until it happens ten times in an hour, merges two into the busier one and
 * assigns it; the issue page shows that history and takes a comment; then the issue is deleted.
 * Each action is confirmed by a toast and reflected in the list.
 */
const run = Date.now().toString(36);
const owner = { name: "Ada Triage", email: `triage-${run}@example.com`, password: `bulk-${run}` };
const orgSlug = `triage-${run}`;

const ERRORS = `
function computeTotal(cart) { return cart.items.total; }
for (const id of ["u1", "u2", "u3"]) {
  Sentry.withScope((scope) => {
    scope.setUser({ id });
    try { computeTotal(undefined); } catch (error) { Sentry.captureException(error); }
  });
}
Sentry.captureException(new RangeError("Quantity out of range"));
Sentry.captureException(new Error("Payment declined"));
Sentry.captureException(new Error("Payment declined"));
Sentry.captureMessage("Disk almost full", "warning");
`;

async function waitForRows(page: Page, count: number) {
  const rows = page.getByTestId("issue-row");
  await expect(async () => {
    await page.reload();
    await expect(rows).toHaveCount(count, { timeout: 3_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 3_000] });
}

function toast(page: Page, text: string | RegExp) {
  return page.locator("[data-toasts]").getByRole("status").filter({ hasText: text });
}

test("SDK errors are searched, resolved, ignored, merged, assigned, commented on and deleted", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const rows = page.getByTestId("issue-row");
  const toolbar = page.getByRole("toolbar", { name: "Issue actions" });
  const row = (text: string) => rows.filter({ hasText: text });

  await test.step("errors arrive through @sentry/node", async () => {
    await createUserWithCli(owner);
    const web = await createProjectWithCli({
      org: orgSlug,
      project: "web",
      platform: "node",
      ownerEmail: owner.email,
    });
    await sendWithSentrySdk(web.dsn, ERRORS, { environment: "production" });
    await page.goto("/sign-in");
    await signInWithPassword(page, owner, new RegExp(`/${orgSlug}/issues`));
    await waitForRows(page, 4);
  });

  await test.step("a search narrows the list to one issue", async () => {
    const search = page.getByRole("combobox", { name: "Search issues" });
    await search.fill("is:unresolved Payment");
    await search.press("Enter");
    await expect(page).toHaveURL(/query=is%3Aunresolved(\+|%20)Payment/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Payment declined");
    await page.goBack();
    await expect(rows).toHaveCount(4);
  });

  await test.step("nothing selected: the actions are disabled", async () => {
    await expect(toolbar.getByRole("button", { name: "Resolve" })).toBeDisabled();
    await expect(toolbar.getByRole("button", { name: "Merge" })).toBeDisabled();
  });

  await test.step("resolve two issues", async () => {
    await row("Quantity out of range").getByRole("checkbox").check();
    await row("Disk almost full").getByRole("checkbox").check();
    await toolbar.getByRole("button", { name: "Resolve" }).click();
    await expect(toast(page, "Resolved 2 issues")).toBeVisible();
    await expect(rows).toHaveCount(2);
  });

  await test.step("ignore one until it occurs 10 times per hour", async () => {
    await row("Payment declined").getByRole("checkbox").check();
    await toolbar.getByRole("button", { name: "Ignore" }).click();
    await saveScreenshot(page, "issue-actions-ignore-menu");
    await page.getByRole("menuitem", { name: "It occurs again…" }).click();
    const dialog = page.getByRole("dialog", { name: "Ignore until it occurs again" });
    await dialog.getByLabel("Number of times").fill("10");
    await dialog.getByLabel("Time window").selectOption({ label: "Per hour" });
    await expect(dialog).toContainText("once it occurs this many times per hour");
    await saveScreenshot(page, "issue-actions-ignore-count-dialog");
    await dialog.getByRole("button", { name: "Ignore" }).click();
    await expect(toast(page, /Ignored WEB-\w+ until it occurs 10 times per hour/)).toBeVisible();
    await expect(rows).toHaveCount(1);
  });

  await test.step("merge the two resolved issues into the one with more events", async () => {
    await page.goto(`/${orgSlug}/issues?query=${encodeURIComponent("is:resolved")}`);
    await expect(rows).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all issues on this page" }).check();
    await expect(toolbar.getByRole("button", { name: "Unresolve" })).toBeVisible();
    await toolbar.getByRole("button", { name: "Merge" }).click();
    const dialog = page.getByRole("dialog", { name: "Merge 2 issues" });
    await expect(dialog).toContainText("They merge into the issue with the most events");
    await saveScreenshot(page, "issue-actions-merge-dialog");
    await dialog.getByRole("button", { name: "Merge" }).click();
    await expect(toast(page, /Merged 2 issues into WEB-\w+/)).toBeVisible();
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTitle("2 events")).toHaveText("2");
  });

  await test.step("assign it to myself with e", async () => {
    await rows.first().getByRole("checkbox").check();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("e");
    const search = page.getByRole("textbox", { name: "Search people and teams" });
    await expect(search).toBeFocused();
    await search.fill("ada");
    await saveScreenshot(page, "issue-actions-assignee-picker");
    await page.getByRole("menuitem", { name: new RegExp(owner.name) }).click();
    await expect(toast(page, new RegExp(`Assigned WEB-\\w+ to ${owner.name}`))).toBeVisible();
    await expect(rows.first().getByTitle(`Assigned to ${owner.name}`)).toBeVisible();
  });

  await test.step("the issue page shows what happened to it and takes a comment", async () => {
    await rows.first().getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${orgSlug}/issues/\\d+`));
    await page
      .getByRole("navigation", { name: "Issue sections" })
      .getByRole("link", { name: "Activity" })
      .click();
    const activity = page.getByRole("list", { name: "Activity" });
    await expect(activity).toContainText("merged");
    await expect(activity).toContainText("resolved");
    await expect(activity).toContainText("assigned");
    await page.getByLabel("Comment", { exact: true }).fill("Fixed by **retrying** the cart load.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    const comment = page.getByRole("listitem", { name: `Comment by ${owner.name}` });
    await expect(comment.locator("strong")).toHaveText("retrying");
    await saveScreenshot(page, "triage-flow-issue-activity");
    await page.goBack();
    await page.goBack();
    await expect(rows).toHaveCount(1);
  });

  await test.step("delete it", async () => {
    await rows.first().getByRole("checkbox").check();
    await toolbar.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: /Delete WEB-\w+\?/ });
    await confirm.getByRole("button", { name: /Delete WEB-\w+/ }).click();
    await expect(toast(page, "Deleted 1 issue")).toBeVisible();
    await expect(rows).toHaveCount(0);
  });
});
