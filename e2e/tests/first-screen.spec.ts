// The reader as a reader meets it: the served release bundle lists the five
// bundled articles grouped by outlet and opens one, by pointer and keyboard,
// with its metadata and provenance.
import { expect, test } from '@playwright/test';

const JOINED_THE_FIGHT =
  "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'";
const OCCUPIED_UKRAINE = "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine";
const HOW_FAR = 'Use of North Korean troops in Ukraine war shows how far Russia has fallen';
const ALLIES_ON_EDGE = "North Korea's decision to send troops to Russia puts Ukraine, allies on edge";
const WHAT_WE_KNOW = 'What We Know About North Korea\u2019s Role in the Ukraine War';

test('lists the five articles grouped by their four outlets', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('button')).toHaveText([
    JOINED_THE_FIGHT,
    OCCUPIED_UKRAINE,
    HOW_FAR,
    ALLIES_ON_EDGE,
    WHAT_WE_KNOW,
  ]);
  await expect(nav.getByRole('heading', { level: 3 })).toHaveText([
    'The National Interest',
    'Kontur',
    'ABC News (Australia)',
    'The New York Times',
  ]);
  const nationalInterest = nav.getByRole('region', { name: 'The National Interest' });
  await expect(nationalInterest.getByRole('button')).toHaveCount(2);
  await expect(page.getByText('Loading Parallax…')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Parallax' })).toBeVisible();
});

test('opening an article shows its metadata, summary and body, and marks it current', async ({
  page,
}) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: ALLIES_ON_EDGE });
  await button.click();

  const article = page.getByRole('article', { name: ALLIES_ON_EDGE });
  await expect(article.getByRole('heading', { name: ALLIES_ON_EDGE })).toBeFocused();
  await expect(button).toHaveAttribute('aria-current', 'true');
  await expect(article.getByText('ABC News (Australia)', { exact: true })).toBeVisible();
  await expect(article.locator('time')).toHaveText('23 Oct 2024');

  const summary = article.getByRole('complementary', { name: 'Summary' });
  await expect(summary.getByRole('heading')).toHaveText(['In short', "What's next"]);
  await expect(summary.getByRole('listitem')).toHaveCount(3);
  await expect(article.getByRole('heading', { name: 'Lure of tech secrets for Pyongyang' })).toBeVisible();

  const link = article.getByRole('link', { name: 'Read at the source (opens in a new tab)' });
  await expect(link).toHaveAttribute(
    'href',
    'https://www.abc.net.au/news/2024-10-23/north-korean-troops-set-to-fight-in-ukraine/104499998',
  );
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // None of the copying site's furniture.
  await expect(article).not.toContainText('下一篇');
  await expect(article).not.toContainText('US election: Harris admit');
});

test('inferred metadata is shown as inferred, with why', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: WHAT_WE_KNOW }).click();
  const article = page.getByRole('article', { name: WHAT_WE_KNOW });
  await expect(article.locator('.px-article-outlet')).toContainText('The New York Times inferred: house style');
  await expect(article.locator('.px-meta')).toContainText(
    'about 24 Oct 2024 inferred: its "Wednesday" is 23 October',
  );
  await expect(article.getByRole('link')).toHaveCount(0);
  await expect(article.locator('.px-article-body')).not.toContainText('About FOX NEWS');
  await expect(article.locator('.px-credit')).toHaveText('Eric Schmitt contributed reporting.');
});

test('a keyboard user opens an article with Tab and Enter', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: JOINED_THE_FIGHT })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: JOINED_THE_FIGHT })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: OCCUPIED_UKRAINE })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: OCCUPIED_UKRAINE })).toBeVisible();
  await expect(page.getByRole('heading', { name: OCCUPIED_UKRAINE, level: 2 })).toBeFocused();
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
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('button')).toHaveCount(5);
  await page.getByRole('button', { name: WHAT_WE_KNOW }).click();
  await expect(page.getByRole('article', { name: WHAT_WE_KNOW })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
