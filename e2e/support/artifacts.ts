import type { Page } from "@playwright/test";

/**
 * Screenshots a person reviews after the run, under e2e-artifacts/. The viewport is stretched to
 * the page's height first, so the sticky sidebar is drawn as on a tall screen rather than cut off.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  // Let entry animations settle so the picture shows the page as a person sees it.
  await page.waitForTimeout(400);
  await page.screenshot({
    path: `e2e-artifacts/${name}.png`,
    // Transient confirmations would cover the content they confirm.
    style: "[data-toasts] { display: none !important; }",
    animations: "disabled",
  });
  await page.setViewportSize(viewport);
}
