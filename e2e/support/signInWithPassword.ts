import { expect, type Page } from "@playwright/test";

/**
 * better-auth allows three sign-ins per 10 s from one address, and the specs sign in from
 * 127.0.0.1 one after another; a refused attempt (429) is waited out and tried again, as a person
 * would. Expects the sign-in page to be open.
 */
const SIGN_IN_WINDOW_MS = 10_000;
const ATTEMPTS = 3;

export async function signInWithPassword(
  page: Page,
  credentials: { email: string; password: string },
  landsOn: RegExp,
): Promise<void> {
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes("/api/auth/sign-in/") && response.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Sign in" }).click();
    if ((await answered).status() !== 429) break;
    await page.waitForTimeout(SIGN_IN_WINDOW_MS);
  }
  await expect(page).toHaveURL(landsOn);
}
