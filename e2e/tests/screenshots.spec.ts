// Screenshots of the first screen at a phone width and a desktop width, in
// light and dark, saved to e2e/screenshots/ for people to look at. Each also
// asserts what a broken layout would break: nothing wider than the viewport.
import { expect, test } from '@playwright/test';

const OPEN = "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine";

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reader at ${width}px, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.getByRole('button', { name: OPEN }).click();
      await expect(page.getByRole('article', { name: OPEN })).toBeVisible();

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'no horizontal scrolling').toBe(0);

      await page.screenshot({
        path: `screenshots/reader-${width}-${colorScheme}.png`,
        fullPage: true,
      });
    });
  }
}
