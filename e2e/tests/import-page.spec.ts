// A saved web page is read by the browser's inert DOMParser: the article is
// imported (headline, byline, date and outlet from the page's metadata), and
// nothing of the page runs or loads: no script, style sheet, image, font,
// frame or beacon is requested, and no handler sets the sentinel.
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('a saved .html page imports as a clean article and nothing in it runs or loads', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/#/import');
  await expect(page.getByText('None yet.')).toBeVisible();
  const before = requests.length;
  await page.getByLabel('choose files').setInputFiles(fixture('saved-page.html'));

  await expect(page.getByRole('button', { name: 'Remove Floodwaters reach the old town' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'The Daily Example', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // The article as the page's metadata and main content give it.
  await page.goto('/#/articles');
  await page.getByRole('link', { name: 'Floodwaters reach the old town' }).click();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { name: 'Floodwaters reach the old town' })).toBeVisible();
  await expect(article).toContainText('Ana Example');
  await expect(article).toContainText('3 Mar 2025');
  await expect(article).toContainText('Rescue teams said on Monday that about 1,200 residents');
  await expect(article).toContainText('Shops in the old town closed early');
  await expect(article).not.toContainText('cookies');
  await expect(article).not.toContainText('Share on Facebook');
  await expect(article).not.toContainText('Post comment');

  // Nothing of the page ran or was fetched.
  expect(await page.evaluate(() => (window as unknown as { __pxSentinel?: string }).__pxSentinel)).toBeUndefined();
  const loaded = requests.slice(before).filter((url) => url.includes('should-not-load'));
  expect(loaded).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
  expect(errors).toEqual([]);

  // Canary: the listener does see a load when one happens.
  await page.evaluate(() => {
    new Image().src = '/should-not-load/canary.png';
  });
  await expect.poll(() => requests.some((url) => url.includes('canary.png'))).toBe(true);
});

test('a page pasted as HTML fills the text with its main content, without running it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/#/import');
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.focus();
  // A paste event carrying text/html, as a browser's copy of a selection does.
  await box.evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<nav><a href="/">Home</a></nav><h1>Seoul Weighs Arms For Kyiv</h1><p class="byline">By Jane Doe</p>' +
        '<img src="/should-not-load/pasted.png" onerror="window.__pxSentinel=1">' +
        '<p>South Korea may send weapons to Ukraine, a senior official said on Tuesday, after troops arrived.</p>' +
        '<div class="share-bar">Share on X</div>',
    );
    data.setData('text/plain', 'plain fallback');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  });
  await expect(box).toHaveValue(/^Seoul Weighs Arms For Kyiv\nBy Jane Doe\nSouth Korea may send weapons/);
  await expect(box).not.toHaveValue(/Share on X|Home/);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Seoul Weighs Arms For Kyiv');
  expect(await page.evaluate(() => (window as unknown as { __pxSentinel?: number }).__pxSentinel)).toBeUndefined();
  expect(requests.filter((url) => url.includes('should-not-load'))).toEqual([]);
});

test('a text file saved with a BOM and bare CR line ends imports with its own headline', async ({ page }) => {
  await page.goto('/#/import');
  const text = '\uFEFFFloodwaters reach the old town\rBy Ana Example\rMarch 3, 2025 — Rescue teams said on Monday that about 1,200 residents had been moved to shelters.\r';
  await page.getByLabel('choose files').setInputFiles({ name: 'windows.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByRole('button', { name: 'Remove Floodwaters reach the old town' })).toBeVisible();
});

test('the paste form says when it found no headline and when the date is a guess', async ({ page }) => {
  await page.goto('/#/import');
  await page
    .getByRole('textbox', { name: 'Article text' })
    .fill('Published: 05.11.2024\nRescue teams said on Monday that about 1,200 residents had been moved to shelters as the river rose through the night, officials said.');
  await expect(page.getByText('It found no headline in the text: please give one.')).toBeVisible();
  await expect(page.getByText(/The date is a guess: .*could be 11 May 2024/)).toBeVisible();
  await expect(page.getByLabel('Published')).toHaveValue('2024-11-05');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
});
