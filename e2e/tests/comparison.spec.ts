// The comparison as a reader uses it in the served release bundle: claims as
// rows and outlets as columns, outlet toggles that recompute agreement and
// survive a reload, quotes that open their passage, and downloads.
import { expect, test, type Page } from '@playwright/test';

const TROOPS_NOW = 'How many North Korean troops are in Russia now?';
const OUTLETS = ['The National Interest', 'Kontur', 'ABC News (Australia)', 'The New York Times'];

function table(page: Page) {
  return page.getByRole('table');
}

function row(page: Page, question: string) {
  return table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: question }) });
}

function status(page: Page, question: string) {
  return row(page, question).locator('.px-status-label');
}

test('claims are rows and the outlets are columns, each row with its agreement', async ({ page }) => {
  await page.goto('/');
  await expect(table(page).getByRole('columnheader')).toHaveText(['Claim', 'Agreement', ...OUTLETS]);
  await expect(table(page).getByRole('rowheader')).toHaveCount(22);
  await expect(status(page, TROOPS_NOW)).toHaveText('Differs');
  await expect(row(page, TROOPS_NOW).locator('mark').first()).toHaveText('approximately 10,000');
  const planned = row(page, 'How many North Korean troops will be sent in all?');
  await expect(planned.getByText('Same source, different figures')).toBeVisible();
  await expect(planned.getByRole('cell').nth(1)).toHaveText('not mentioned');
});

test('hiding an outlet removes its column, changes a status, and survives a reload', async ({ page }) => {
  await page.goto('/');
  const abc = page.getByRole('button', { name: 'ABC News (Australia)', exact: true });
  await expect(abc).toHaveAttribute('aria-pressed', 'true');
  await abc.click();
  await expect(abc).toHaveAttribute('aria-pressed', 'false');
  await expect(table(page).getByRole('columnheader')).toHaveText([
    'Claim',
    'Agreement',
    'The National Interest',
    'Kontur',
    'The New York Times',
  ]);
  await expect(status(page, TROOPS_NOW)).toHaveText('Consistent');

  await page.reload();
  await expect(page.getByRole('button', { name: 'ABC News (Australia)', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(table(page).getByRole('columnheader')).toHaveCount(5);
  await expect(status(page, TROOPS_NOW)).toHaveText('Consistent');

  await page.getByRole('button', { name: 'All outlets' }).click();
  await expect(table(page).getByRole('columnheader')).toHaveCount(6);
  await expect(status(page, TROOPS_NOW)).toHaveText('Differs');
});

// Column widths are fixed (a share of the width by the corpus's outlet
// count): hiding an outlet takes its column away and leaves every other
// cell where it was, and the table never needs a scroll bar at 1280px.
test('hiding an outlet moves no other column and re-wraps no other cell', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const header = (name: string) => table(page).getByRole('columnheader', { name, exact: true });
  const quote = row(page, TROOPS_NOW).getByRole('cell').nth(3);
  const box = async () => ({
    kontur: await header('Kontur').boundingBox(),
    times: await header('The New York Times').boundingBox(),
    quote: await quote.boundingBox(),
  });
  await expect(table(page).getByRole('columnheader')).toHaveCount(6);
  const scroller = page.locator('.px-table-box');
  expect(await scroller.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const before = await box();

  await page.getByRole('button', { name: 'The National Interest', exact: true }).click();
  await expect(table(page).getByRole('columnheader')).toHaveCount(5);
  const after = await box();
  // The columns after the hidden one move left by its width, and keep theirs.
  const shift = before.kontur!.x - after.kontur!.x;
  expect(shift).toBeGreaterThan(100);
  expect(after.kontur!.width).toBeCloseTo(before.kontur!.width, 1);
  expect(after.times!.width).toBeCloseTo(before.times!.width, 1);
  expect(before.times!.x - after.times!.x).toBeCloseTo(shift, 1);
  // A quote's cell keeps its width, so its lines are the same.
  expect(after.quote!.width).toBeCloseTo(before.quote!.width, 1);

  // Shown again, it is back in its place.
  await page.getByRole('button', { name: 'The National Interest', exact: true }).click();
  await expect(table(page).getByRole('columnheader')).toHaveCount(6);
  expect((await box()).kontur!.x).toBeCloseTo(before.kontur!.x, 1);
});

// Links are not rendered again at each toggle: the shown outlets are put in
// a link's address when it is about to be followed (pointer over it, focus,
// its context menu, a click), so a new tab opens with the same outlets.
test('a link followed after a toggle carries the outlets shown then', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Kontur', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Kontur', exact: true })).toHaveAttribute('aria-pressed', 'false');
  const shown = 'outlets=the-national-interest%2Cabc-news-au%2Cthe-new-york-times';

  const question = row(page, TROOPS_NOW).getByRole('link', { name: TROOPS_NOW });
  await question.hover();
  await expect(question).toHaveAttribute('href', `#/claim/troops-in-russia?${shown}`);

  // By keyboard: focus alone fills it in, after another toggle.
  await page.getByRole('button', { name: 'Kontur', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Kontur', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const quote = row(page, TROOPS_NOW).getByRole('link', { name: /some 11,000 North Korean troops/ });
  await quote.focus();
  await expect(quote).not.toHaveAttribute('href', /outlets=/);
  await page.getByRole('button', { name: 'The National Interest', exact: true }).click();
  await quote.focus();
  await expect(quote).toHaveAttribute('href', /outlets=kontur%2Cabc-news-au%2Cthe-new-york-times$/);

  // Followed in the page, the view keeps the outlets.
  await question.click();
  await expect(page).toHaveURL(/#\/claim\/troops-in-russia\?outlets=kontur%2Cabc-news-au%2Cthe-new-york-times$/);
  await expect(table(page).getByRole('columnheader')).toHaveCount(5);
});

test('activating a quote shows the highlighted passage, and back returns to the claim', async ({ page }) => {
  await page.goto('/');
  const quote = row(page, TROOPS_NOW).getByRole('link', { name: /At least 3,000 North Korean soldiers/ });
  await quote.click();

  await expect(page).toHaveURL(/#\/article\/kontur-how-far-russia-has-fallen\/quote\/troops-in-russia\/0$/);
  const passage = page.locator('mark.px-passage');
  await expect(passage).toHaveText(
    'At least 3,000 North Korean soldiers have been sent to Russia for training, US officials said October 23',
  );
  await expect(passage).toBeFocused();
  await expect(passage).toBeInViewport();

  await page.goBack();
  await expect(table(page)).toBeVisible();
  await expect(quote).toBeFocused();
  await expect(quote).toBeInViewport();
});

test('back from a quote whose outlet was hidden meanwhile brings its claim into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const konturQuote = page.locator('a.px-quote-link[href*="/article/kontur"]');
  const last = table(page).getByRole('row').filter({ has: konturQuote }).last();
  const question = last.getByRole('rowheader');
  await expect(question).not.toBeInViewport();
  await last.locator('a.px-quote-link[href*="/article/kontur"]').first().click();
  await expect(page.locator('mark.px-passage')).toBeFocused();

  await page.getByRole('button', { name: 'Kontur', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Kontur', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(table(page).getByRole('columnheader')).toHaveCount(5);
  await expect(question).toBeInViewport();
});

test('filters narrow the claims, and the downloads hold what is shown', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Agreement' }).selectOption('differs');
  await expect(table(page).getByRole('rowheader')).toHaveCount(7);
  await expect(page.getByRole('status').filter({ hasText: 'claims' })).toHaveText('Showing 7 of 22 claims.');

  const markdownDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const markdown = await markdownDownload;
  expect(markdown.suggestedFilename()).toBe('parallax-comparison.md');
  const text = await (await markdown.createReadStream()).toArray();
  const body = Buffer.concat(text).toString('utf8');
  expect(body).toContain('## How many North Korean troops are in Russia now?');
  expect(body.match(/^## /gm)?.length).toBe(7);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = Buffer.concat(await (await (await csvDownload).createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'claim_id,question,kind,status,outlet,article,reports,scope,attributed_to,said_on,quote,value_words,provenance',
  );
  expect(csv).toContain('troops-in-russia,How many North Korean troops are in Russia now?,number,differs,Kontur,');
});

test('at 360 px every claim is a card with nothing left out', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await expect(table(page)).toBeHidden();
  const cards = page.getByRole('list', { name: 'Claims' }).getByRole('article');
  await expect(cards).toHaveCount(22);
  const first = cards.filter({ has: page.getByRole('heading', { name: TROOPS_NOW }) });
  await expect(first.locator('dt')).toHaveText(OUTLETS);
  await expect(first.locator('.px-quote-link')).toHaveCount(4);
  await expect(first.getByRole('img')).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'no horizontal scrolling').toBe(0);
});

test('loads only its own files and logs no errors', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL}/`)) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(table(page).getByRole('rowheader')).toHaveCount(22);
  await row(page, TROOPS_NOW).locator('.px-quote-link').first().click();
  await expect(page.locator('mark.px-passage')).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
