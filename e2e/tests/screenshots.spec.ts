// Screenshots of the reader at a phone width and a desktop width, in light
// and dark, saved to e2e/screenshots/ for people to look at: one article with
// stated metadata and a summary box, one with inferred metadata. Each also
// asserts what a broken layout would break: nothing wider than the viewport.
import { expect, test } from '@playwright/test';

const ARTICLES = {
  stated: "North Korea's decision to send troops to Russia puts Ukraine, allies on edge",
  inferred: 'Use of North Korean troops in Ukraine war shows how far Russia has fallen',
};

for (const [kind, headline] of Object.entries(ARTICLES)) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`reader (${kind} metadata) at ${width}px, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto('/');
        await page.getByRole('button', { name: headline }).click();
        await expect(page.getByRole('article', { name: headline })).toBeVisible();

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'no horizontal scrolling').toBe(0);

        await page.screenshot({
          path: `screenshots/reader-${kind}-${width}-${colorScheme}.png`,
          fullPage: true,
        });
      });
    }
  }
}
