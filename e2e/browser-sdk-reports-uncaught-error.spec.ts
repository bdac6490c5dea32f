import { expect, test } from "@playwright/test";
import pg from "pg";
import { saveScreenshot } from "./support/artifacts";
import { createProjectWithCli } from "./support/createProjectWithCli";
import { serveShopPage, type ShopPage } from "./support/shopPage";

/**
 * Issue #4's acceptance point: the real `@sentry/browser`, loaded by a page on another origin than
 * Faultline, reports an uncaught error through CORS and it becomes an issue.
 *
 * No user is created: specs run in file order and first-run-setup.spec.ts, which comes after this
 * one, needs a database without users. The project comes from the CLI (an organization without
 * members), and the result is read from the server's database.
 */
const run = Date.now().toString(36);
const message = `Cannot read properties of undefined (reading 'total') [${run}]`;

let shop: ShopPage | undefined;
test.afterAll(async () => {
  await shop?.close();
});

test("an uncaught error in a page on another origin reaches Faultline as an issue", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const project = await createProjectWithCli({ org: `shop-${run}`, project: "storefront" });
  shop = await serveShopPage({ dsn: project.dsn, errorMessage: message });
  const faultline = new URL(project.dsn).origin;
  expect(new URL(shop.url).origin).not.toBe(faultline);

  // The SDK also sends a session envelope on load; this waits for the one carrying the error.
  const envelope = page.waitForResponse(
    (response) =>
      response.url().startsWith(`${faultline}/api/${project.projectId}/envelope/`) &&
      response.request().method() === "POST" &&
      (response.request().postData() ?? "").includes(message),
  );

  await test.step("the page loads the SDK and throws from a click handler", async () => {
    await page.goto(shop!.url);
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
    await page.getByRole("button", { name: "Pay now" }).click();
  });

  await test.step("Faultline accepts the envelope with CORS headers the browser honours", async () => {
    const response = await envelope;
    expect(response.status()).toBe(200);
    const headers = await response.allHeaders();
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["access-control-expose-headers"]).toContain("x-sentry-rate-limits");
    expect(await response.json()).toHaveProperty("id");
    await saveScreenshot(page, "browser-sdk-shop-page");
  });

  await test.step("the worker turns it into an issue titled like the error", async () => {
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await expect
        .poll(
          async () => {
            const { rows } = await db.query<{
              title: string;
              level: string;
              timesSeen: number;
              isUnhandled: boolean;
              environment: string | null;
            }>(
              `SELECT i.title, i.level, i."timesSeen", i."isUnhandled", e.environment
                 FROM "Issue" i LEFT JOIN "Event" e ON e."issueId" = i.id
                WHERE i."projectId" = $1`,
              [project.projectId],
            );
            return rows;
          },
          { timeout: 60_000, intervals: [250, 500, 1_000] },
        )
        .toEqual([
          {
            title: `TypeError: ${message}`,
            level: "error",
            timesSeen: 1,
            isUnhandled: true,
            environment: "checkout-e2e",
          },
        ]);
    } finally {
      await db.end();
    }
  });
});
