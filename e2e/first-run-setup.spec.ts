import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/artifacts";
import { createUserWithCli } from "./support/createUserWithCli";

/**
 * A fresh Faultline, from the first visit to a working team: the owner sets it up, creates a
 * project and gets its DSN, invites a colleague by link; an outsider can see none of it.
 * Assumes an empty database (the test script starts the server on a fresh one).
 */
const run = Date.now().toString(36);
const owner = {
  name: "Ada Lovelace",
  email: `ada-${run}@example.com`,
  password: `analytical-${run}`,
  organization: "Acme Robotics",
};
const colleague = {
  name: "Grace Hopper",
  email: `grace-${run}@example.com`,
  password: `cobol-rules-${run}`,
};
const outsider = {
  name: "Eve Outsider",
  email: `eve-${run}@example.com`,
  password: `not-invited-${run}`,
};

test("a new team sets up Faultline, creates a project, invites a colleague, and keeps outsiders out", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  let orgSlug = "";
  let invitationLink = "";

  await test.step("first visit goes to setup, which creates the owner and the organization", async () => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { name: "Set up Faultline" })).toBeVisible();
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password", { exact: true }).fill(owner.password);
    await page.getByLabel("Organization name").fill(owner.organization);
    await page.getByRole("button", { name: "Create account and organization" }).click();

    await expect(page).toHaveURL(/\/[a-z0-9-]+\/issues$/);
    orgSlug = new URL(page.url()).pathname.split("/")[1]!;
    await expect(page.getByRole("heading", { name: "Create your first project" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Issues" }),
    ).toHaveAttribute("aria-current", "page");
    await saveScreenshot(page, "issues-empty");
  });

  await test.step("the owner creates a project in settings and sees its DSN snippet", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Settings" })
      .click();
    await page
      .getByRole("navigation", { name: "Settings" })
      .getByRole("link", { name: "Projects" })
      .click();
    await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
    await page.getByRole("button", { name: "New project" }).click();
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel("Project name").fill("web");
    await dialog.getByLabel("Platform").selectOption("node");
    await dialog.getByRole("button", { name: "Create project" }).click();

    await expect(page).toHaveURL(new RegExp(`/${orgSlug}/settings/projects/web$`));
    await expect(page.getByRole("heading", { name: "web", level: 1 })).toBeVisible();
    const dsn = page.getByTestId("dsn").first();
    await expect(dsn).toHaveText(/^https?:\/\/[0-9a-f]{32}@[^/]+\/\d+$/);
    const dsnText = (await dsn.textContent())!;
    await expect(page.getByText(`Sentry.init({ dsn: "${dsnText}" });`)).toBeVisible();
    await page.getByRole("tab", { name: "Python" }).click();
    await expect(page.getByText(`sentry_sdk.init(dsn="${dsnText}")`)).toBeVisible();
    await page.getByRole("tab", { name: "JavaScript" }).click();
    await saveScreenshot(page, "project-settings");

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Issues" })
      .click();
    await expect(page.getByRole("heading", { name: "Waiting for your first event" })).toBeVisible();
    await expect(page.getByTestId("dsn")).toHaveText(dsnText);
    await saveScreenshot(page, "issues-waiting");
  });

  await test.step("the owner invites a colleague by link", async () => {
    await page.goto(`/${orgSlug}/settings/members`);
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite member" });
    await dialog.getByLabel("Email").fill(colleague.email);
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    const link = page.getByTestId("invitation-link");
    await expect(link).toHaveText(/\/invite\/[^/]+$/);
    invitationLink = (await link.textContent())!;
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("cell", { name: colleague.email, exact: true })).toBeVisible();
  });

  await test.step("the colleague opens the link, creates an account and lands in the organization", async () => {
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(new URL(invitationLink).pathname);
    await expect(
      invited.getByRole("heading", { name: `Join ${owner.organization}` }),
    ).toBeVisible();
    await expect(invited.getByLabel("Email")).toHaveValue(colleague.email);
    await invited.getByLabel("Your name").fill(colleague.name);
    await invited.getByLabel("Choose a password").fill(colleague.password);
    await invited.getByRole("button", { name: "Create account and join" }).click();

    await expect(invited).toHaveURL(new RegExp(`/${orgSlug}/issues$`));
    await invited.goto(`/${orgSlug}/settings/members`);
    const rows = invited.getByTestId("member-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: owner.email })).toContainText("Owner");
    await expect(rows.filter({ hasText: colleague.email })).toContainText("You");
    await saveScreenshot(invited, "members");
    await context.close();
  });

  await test.step("an outsider signs in and gets not-found for the organization's pages and API", async () => {
    await createUserWithCli(outsider);
    const context = await browser.newContext();
    const stranger = await context.newPage();
    await stranger.goto("/sign-in");
    await expect(stranger.getByRole("heading", { name: "Sign in to Faultline" })).toBeVisible();
    await saveScreenshot(stranger, "sign-in");

    await stranger.getByLabel("Email").fill(outsider.email);
    await stranger.getByLabel("Password", { exact: true }).fill("wrong-password");
    await stranger.getByRole("button", { name: "Sign in" }).click();
    await expect(stranger.getByText(/don.t match an account/)).toBeVisible();

    await stranger.getByLabel("Password", { exact: true }).fill(outsider.password);
    await stranger.getByRole("button", { name: "Sign in" }).click();
    await expect(
      stranger.getByRole("heading", { name: "You're not in an organization yet" }),
    ).toBeVisible();

    for (const path of [
      `/${orgSlug}/issues`,
      `/${orgSlug}/settings/projects/web`,
      `/${orgSlug}/settings/members`,
    ]) {
      const response = await stranger.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    await saveScreenshot(stranger, "not-found");

    const input = encodeURIComponent(JSON.stringify({ json: { orgSlug } }));
    for (const procedure of ["projects.list", "members.list", "organizations.get"]) {
      const response = await stranger.request.get(`/api/trpc/${procedure}?input=${input}`);
      expect(response.status(), procedure).toBe(404);
      expect(await response.text(), procedure).toContain("NOT_FOUND");
    }
    await context.close();
  });
});
