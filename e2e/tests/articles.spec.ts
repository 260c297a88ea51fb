// The articles as a reader meets them: grouped by outlet, opened by pointer
// and keyboard, with metadata and provenance, and none of the copying sites'
// furniture.
import { expect, test } from '@playwright/test';

const JOINED_THE_FIGHT =
  "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'";
const OCCUPIED_UKRAINE = "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine";
const HOW_FAR = 'Use of North Korean troops in Ukraine war shows how far Russia has fallen';
const ALLIES_ON_EDGE = "North Korea's decision to send troops to Russia puts Ukraine, allies on edge";
const WHAT_WE_KNOW = 'What We Know About North Korea\u2019s Role in the Ukraine War';

test('lists the five articles grouped by their four outlets', async ({ page }) => {
  await page.goto('/#/articles');
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveText([
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
  await expect(nav.getByRole('region', { name: 'The National Interest' }).getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Read articles' })).toHaveAttribute('aria-current', 'page');
});

test('an article shows its metadata, summary and body as what they are', async ({ page }) => {
  await page.goto('/#/articles');
  const link = page.getByRole('link', { name: ALLIES_ON_EDGE });
  await link.click();
  const article = page.getByRole('article', { name: ALLIES_ON_EDGE });
  await expect(article.getByRole('heading', { name: ALLIES_ON_EDGE })).toBeFocused();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(article.locator('time')).toHaveText('23 Oct 2024');
  const summary = article.getByRole('complementary', { name: 'Summary' });
  await expect(summary.getByRole('heading')).toHaveText(['In short', "What's next"]);
  await expect(summary.getByRole('listitem')).toHaveCount(3);
  const source = article.getByRole('link', { name: 'Read at the source (opens in a new tab)' });
  await expect(source).toHaveAttribute(
    'href',
    'https://www.abc.net.au/news/2024-10-23/north-korean-troops-set-to-fight-in-ukraine/104499998',
  );
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(article).not.toContainText('下一篇');
  await expect(article).not.toContainText('US election: Harris admit');
});

test('inferred metadata is shown as inferred, with why', async ({ page }) => {
  await page.goto('/#/article/nyt-what-we-know');
  const article = page.getByRole('article', { name: WHAT_WE_KNOW });
  await expect(article.locator('.px-article-outlet')).toContainText('The New York Times inferred: house style');
  await expect(article.locator('.px-meta')).toContainText('about 24 Oct 2024 inferred: its "Wednesday" is 23 October');
  await expect(article.getByRole('link')).toHaveCount(0);
  await expect(article.locator('.px-article-body')).not.toContainText('About FOX NEWS');
  await expect(article.locator('.px-credit')).toHaveText('Eric Schmitt contributed reporting.');
});

test('a keyboard user reaches an article and opens it', async ({ page }) => {
  await page.goto('/#/articles');
  const target = page.getByRole('link', { name: OCCUPIED_UKRAINE });
  await expect(target).toBeVisible();
  // Tab until the link has focus: its place in the order is the page's
  // business; that it can be reached is the test.
  for (let i = 0; i < 30; i += 1) {
    if (await target.evaluate((element) => element === element.getRootNode().activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: OCCUPIED_UKRAINE, level: 2 })).toBeFocused();
});

test('a link to a missing article says so', async ({ page }) => {
  await page.goto('/#/article/no-such-article');
  await expect(page.getByText('There is no article at this address.')).toBeVisible();
});
