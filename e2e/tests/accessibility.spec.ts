// axe-core's WCAG 2.2 A/AA rules report nothing on any view, in light and
// dark, wide and narrow.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const VIEWS: [string, string, string][] = [
  ['comparison', '/', '.px-compare'],
  ['articles', '/#/articles', '.px-articles'],
  ['article', '/#/article/kontur-how-far-russia-has-fallen', '.px-article'],
  ['quoted passage', '/#/article/nyt-what-we-know/quote/troops-in-russia/1', 'mark.px-passage'],
  ['one claim', '/#/claim/troops-planned', '.px-compare'],
  ['filtered comparison', '/#/?status=differs&kind=number', '.px-compare'],
  ['side by side', '/#/read/kontur-how-far-russia-has-fallen,nyt-what-we-know,abc-allies-on-edge', '.px-column'],
  ['search', '/#/search?q=seoul', '.px-results'],
  ['timeline', '/#/timeline', '.px-timeline'],
  ['your articles', '/#/import', '.px-import'],
  ['two embedded instances', '/examples/two-instances.html', '#own .px-compare'],
  ['a right-to-left host', '/examples/rtl-host.html', '#coastal .px-compare'],
  ['a host with shortcuts', '/examples/newsroom-shortcuts.html', '.px-compare'],
  ['a sentence matched', '/#/search?q=Pyongyang%20will%20send%20ten%20thousand%20soldiers%20by%20December', '.px-match-panel'],
];

for (const [name, path, ready] of VIEWS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`${name}, ${colorScheme}, ${width}px: no axe-core violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.locator(ready).first()).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
}

test('an article with a picked sentence and sentence mode on: no axe-core violations', async ({ page }) => {
  await page.goto('/#/article/abc-allies-on-edge');
  await page.getByRole('button', { name: 'Compare a sentence' }).click();
  await page.locator('.px-sentence', { hasText: 'around 1.3 million' }).click();
  await expect(page.locator('.px-match-panel')).toBeVisible();
  await expectNoAxeViolations(page);
});
