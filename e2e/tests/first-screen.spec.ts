// The first screen as a reader meets it: the served release bundle lists the
// five bundled articles and opens one, by pointer and by keyboard.
import { expect, test } from '@playwright/test';

const FIRST_LINES = [
  "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'",
  'Security',
  "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine",
  "North Korea's decision to send troops to Russia puts Ukraine, allies on edge",
  'What We Know About North Korea\u2019s Role in the Ukraine War',
];

test('lists the five bundled articles by their first lines', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('button')).toHaveText(FIRST_LINES);
  await expect(page.getByText('Loading Parallax…')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Parallax' })).toBeVisible();
});

test('opening an article shows its text and marks it current', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: FIRST_LINES[3] });
  await button.click();

  const article = page.getByRole('article', { name: FIRST_LINES[3] });
  await expect(article).toBeVisible();
  await expect(article).toContainText('In short:');
  await expect(article.getByRole('heading', { name: FIRST_LINES[3] })).toBeFocused();
  await expect(button).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: FIRST_LINES[0] })).not.toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('a keyboard user opens an article with Tab and Enter', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: FIRST_LINES[0] })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: FIRST_LINES[0] })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: FIRST_LINES[1] })).toBeVisible();
  await expect(page.getByRole('heading', { name: FIRST_LINES[1], level: 2 })).toBeFocused();
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
  await page.getByRole('button', { name: FIRST_LINES[4] }).click();
  await expect(page.getByRole('article', { name: FIRST_LINES[4] })).toBeVisible();

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
