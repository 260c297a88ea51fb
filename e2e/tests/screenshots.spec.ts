// Screenshots for people to look at, saved to e2e/screenshots/: every view
// (the comparison, an article with inferred metadata, side by side, search,
// the timeline, and the embedding examples) at 360 px and 1280 px,
// light and dark. Each asserts what a broken layout would break: nothing
// wider than the viewport.
import { expect, test } from '@playwright/test';

const VIEWS = {
  comparison: { path: '/', ready: '.px-compare' },
  article: { path: '/#/article/kontur-how-far-russia-has-fallen', ready: '.px-article' },
  'side-by-side': { path: '/#/read/kontur-how-far-russia-has-fallen,nyt-what-we-know', ready: '.px-column' },
  search: { path: '/#/search?q=seoul', ready: '.px-results' },
  timeline: { path: '/#/timeline', ready: '.px-timeline' },
  'embed-two-instances': { path: '/examples/two-instances.html', ready: '#own .px-compare' },
  'embed-hostile-css': { path: '/examples/hostile-css.html', ready: '.px-compare' },
  'embed-rtl-host': { path: '/examples/rtl-host.html', ready: '#coastal .px-compare' },
  'embed-newsroom': { path: '/examples/newsroom-shortcuts.html', ready: '.px-compare' },
};

for (const [name, view] of Object.entries(VIEWS)) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} at ${width}px, ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(view.path);
        await expect(page.locator(view.ready).first()).toBeVisible();

        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'no horizontal scrolling').toBe(0);

        await page.screenshot({ path: `screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true });
      });
    }
  }
}
