// The reader's own articles: pasted text and files join the outlets and the
// comparison, survive a reload, can be removed, and bad files change nothing.
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const PASTED = [
  'Security',
  'Seoul Weighs Arms For Kyiv',
  'By Jane Doe |',
  'November 3, 2024',
  'South Korea may send weapons to Ukraine, a senior official said, after some 10,000 North Korean soldiers arrived in Russia.',
  'Leave a Reply',
].join('\n');

test('the outlet a pasted text names is prefilled, and the reader can change it', async ({ page }) => {
  await page.goto('/#/import');
  const outlet = page.getByRole('textbox', { name: 'Outlet', exact: true });
  await page.getByRole('textbox', { name: 'Article text' }).fill(
    [
      'Harbour Ferries Halted By Storm',
      'By Ana Example, Tarn Valley Wire',
      'November 3, 2024',
      'All ferries stayed in port on Sunday as gusts reached 90 km/h, the harbour master said.',
    ].join('\n'),
  );
  await expect(outlet).toHaveValue('Tarn Valley Wire');
  await expect(page.getByText('the outlet, headline and date below are its guesses')).toBeVisible();
  await outlet.fill('The Harbour Gazette');
  // A later edit of the text does not undo what the reader typed.
  await page.getByRole('textbox', { name: 'Article text' }).press('End');
  await page.getByRole('textbox', { name: 'Article text' }).pressSequentially(' More.');
  await expect(outlet).toHaveValue('The Harbour Gazette');
});

function columns(page: Page) {
  return page.getByRole('table').getByRole('columnheader');
}

test('a pasted article is cleaned, prefilled, joins everything, survives a reload, and can be removed', async ({ page }) => {
  await page.goto('/#/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(PASTED);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Seoul Weighs Arms For Kyiv');
  await expect(page.getByLabel('Published')).toHaveValue('2024-11-03');
  await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill('The Daily Planet');
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('button', { name: 'Remove Seoul Weighs Arms For Kyiv' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'The Daily Planet', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await page.getByRole('link', { name: 'Compare claims' }).click();
  await expect(columns(page)).toContainText(['The Daily Planet']);
  // The claim engine read the new article: its figure is in the troops
  // row, marked as found and unchecked; a claim it does not state says the
  // engine looked, not that an editor did.
  await expect(page.getByRole('status').filter({ hasText: 'Parallax read the articles no one had checked' })).toBeVisible();
  const troops = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /How many North Korean troops are in Russia now/ }) })
    .getByRole('cell')
    .last();
  await expect(troops).toContainText('Found by Parallax, not checked');
  await expect(troops).toContainText('about 10,000 soldiers');
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /How many nuclear warheads/ }) }).getByRole('cell').last(),
  ).toHaveText(/^not found by Parallax/);

  // Its text is in the article view, cleaned, and in search.
  await page.goto('/#/search?q=senior%20official');
  await expect(page.getByRole('heading', { name: 'The Daily Planet', level: 3 })).toBeVisible();

  await page.goto('/#/import');
  await page.getByRole('button', { name: 'Remove Seoul Weighs Arms For Kyiv' }).click();
  await expect(page.getByText('None yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'The Daily Planet', exact: true })).toHaveCount(0);
});

test('a format-1 file is imported; a broken one says why and changes nothing', async ({ page }) => {
  await page.goto('/#/import');
  const picker = page.getByLabel('choose files');
  await picker.setInputFiles(fixture('broken-corpus.json'));
  await expect(page.getByRole('status').filter({ hasText: 'broken-corpus.json: nothing was imported' })).toContainText(
    'missing field',
  );
  await expect(page.getByText('None yet.')).toBeVisible();

  await picker.setInputFiles(fixture('small-corpus.json'));
  await expect(page.getByRole('button', { name: 'Remove Gazette Counts The Troops' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'The Gazette', exact: true })).toBeVisible();

  // The whole corpus downloads as format 1, the import included.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the whole corpus (format 1 JSON)' }).click();
  const body = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
  const corpus = JSON.parse(body);
  expect(corpus.format).toBe(1);
  expect(corpus.articles.map((a: { id: string }) => a.id)).toContain('gazette-troops');
  expect(corpus.articles).toHaveLength(6);
});

test('several text files are read one after another, with progress, and all imported', async ({ page }) => {
  await page.goto('/#/import');
  const files = [1, 2, 3].map((n) => ({
    name: `report-${n}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Report Number ${n} On The Deployment\nSome ${n},000 soldiers were counted at the border on Monday, officials said.\n`),
  }));
  await page.getByLabel('choose files').setInputFiles(files);
  for (const n of [1, 2, 3]) {
    await expect(page.getByRole('button', { name: `Remove Report Number ${n} On The Deployment` })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Imported files', exact: true })).toBeVisible();
});

test('importing many files can be stopped; what was imported stays', async ({ page }) => {
  await page.goto('/#/import');
  const files = Array.from({ length: 200 }, (_, i) => ({
    name: `brief-${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Brief Number ${i + 1} From The Border\nAbout ${i + 1},000 people crossed on Monday, officials said.\n`),
  }));
  await page.getByLabel('choose files').setInputFiles(files);
  const stop = page.getByRole('button', { name: 'Stop importing' });
  await stop.click();
  const stopped = page.getByRole('status').filter({ hasText: 'Stopped importing' });
  await expect(stopped).toContainText(/Stopped importing: \d+ files? not read\./);
  await expect(stop).toBeHidden();
  const left = Number((await stopped.innerText()).match(/(\d+) files? not read/)![1]);
  expect(left).toBeGreaterThan(0);
  // Every file read before the stop is in the list, and no other.
  await expect(page.getByRole('button', { name: /^Remove Brief Number/ })).toHaveCount(200 - left);
});

test('a file too large to clean is refused with its size, and nothing changes', async ({ page }) => {
  await page.goto('/#/import');
  const huge = 'Headline Of A Huge File\n' + 'A sentence of the body text.\n'.repeat(60_000);
  await page.getByLabel('choose files').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(huge) });
  await expect(page.getByRole('status').filter({ hasText: 'huge.txt is too large to import here' })).toContainText(
    '(1.7 MB; the limit is 1 MB). Nothing was imported.',
  );
  await expect(page.getByText('None yet.')).toBeVisible();
});

test('a pasted text too large to clean says so as it is pasted, not after the form is filled in', async ({ page }) => {
  await page.goto('/#/import');
  const huge = 'Headline Of A Huge Paste\n' + 'A sentence of the body text.\n'.repeat(40_000);
  // As a paste lands: the whole text at once, then one input event.
  // (Playwright's fill() does not finish with a 1.2 MB string.)
  const area = page.getByLabel('Article text');
  await area.evaluate((element, text) => {
    (element as HTMLTextAreaElement).value = text;
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, huge);
  await expect(page.getByRole('status').filter({ hasText: 'The pasted text is too large to import here' })).toContainText(
    '(1.2 MB; the limit is 1 MB).',
  );
  // No guess from a text that was not cleaned.
  await expect(page.getByText('The cleaner kept')).toHaveCount(0);
  await expect(page.getByText('It found no headline in the text')).toHaveCount(0);
});
