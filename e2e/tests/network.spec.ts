// No stray network: every request the widget makes, recorded while a reader
// goes through every view, is one of its own files (or the `src` a host
// names). No fonts, trackers, CDNs or beacons.
import { expect, test, type Page } from '@playwright/test';

/** Paths of same-origin requests; whole URLs of any other. */
function recordRequests(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://invalid').origin;
  const seen = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    seen.add(url.origin === origin ? url.pathname : url.href);
  });
  return seen;
}

const WIDGET_FILES = ['/parallax-reader.js', '/parallax.js', '/parallax_bg.wasm', '/favicon.svg'];

test('the full page fetches only its own files, whatever the reader does', async ({ page, baseURL }) => {
  const seen = recordRequests(page, baseURL);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  await page.getByRole('button', { name: 'Kontur', exact: true }).click();
  await page.getByRole('link', { name: 'Read articles' }).click();
  await page.getByRole('link', { name: /Putin Isn't Bluffing/ }).click();
  await expect(page.locator('.px-article')).toBeVisible();
  await page.getByRole('link', { name: 'Side by side' }).click();
  await expect(page.locator('.px-column').first()).toBeVisible();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('searchbox').fill('Pyongyang will send ten thousand soldiers by December');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'How do other outlets report this?' })).toBeVisible();
  await page.getByRole('link', { name: 'Your articles' }).click();
  await expect(page.getByRole('heading', { name: 'Your articles' })).toBeVisible();

  // The page's own files: its stylesheet, and the first view's script and
  // stylesheet (src/prerender.rs).
  expect([...seen].sort()).toEqual(['/', '/page.css', '/first-view.js', '/parallax.css', ...WIDGET_FILES].sort());
});

test('an embedded widget fetches its own files and the src its host names, nothing else', async ({ page, baseURL }) => {
  const seen = recordRequests(page, baseURL);
  await page.goto('/examples/two-instances.html');
  const own = page.locator('parallax-reader#own');
  await expect(own.getByRole('button', { name: 'Valley Radio (example)', exact: true })).toBeVisible();
  await page.locator('parallax-reader#bundled').getByRole('link', { name: 'Timeline' }).click();
  await own.getByRole('link', { name: 'Read articles' }).click();

  expect([...seen].sort()).toEqual(
    [
      '/examples/two-instances.html',
      '/examples/host.css',
      '/examples/corpora/town-budget.json',
      ...WIDGET_FILES,
    ].sort(),
  );
});
