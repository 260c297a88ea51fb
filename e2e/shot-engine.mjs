import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, theme] of [[1280, 'light'], [360, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: theme });
  await page.goto('http://127.0.0.1:8791/#/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(['Pentagon Revises Its Count','By Maria Okafor','November 14, 2024','Some 12,000 North Korean troops are now in Russia, Pentagon spokeswoman Carla Ruiz told reporters on Monday.'].join('\n'));
  await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill('The Harbour Ledger');
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('status').filter({ hasText: 'Parallax read' }).waitFor();
  await page.getByRole('link', { name: 'Compare claims' }).click();
  if (w > 400) {
    const row = page.locator('#px-row-troops-in-russia');
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/engine-${w}.png`, fullPage: false });
    await row.screenshot({ path: `/tmp/engine-row-${w}.png` });
  } else {
    const card = page.locator('#px-card-troops-in-russia');
    await card.screenshot({ path: `/tmp/engine-card-${w}.png` });
    await page.screenshot({ path: `/tmp/engine-${w}.png` });
  }
}
await browser.close();
