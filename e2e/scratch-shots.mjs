import { chromium } from 'playwright';
const B = 'http://127.0.0.1:8791';
const REPORT = ['Pentagon Revises Its Count','By Maria Okafor','November 14, 2024','Some 12,000 North Korean troops are now in Russia, Pentagon spokeswoman Carla Ruiz told reporters on Monday.','Ruiz, who has held the post since 2021, did not say where the troops were deployed.','Officials declined to give a figure for casualties.'].join('\n');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function imp(page) {
  await page.goto(B + '/#/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(REPORT);
  await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill('The Harbour Ledger');
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('status').filter({ hasText: 'found 1 statement' }).waitFor();
  await page.getByRole('link', { name: 'Compare claims' }).click();
}
const row = (page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /How many North Korean troops are in Russia now/ }) });
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await imp(page);
  await row(page).screenshot({ path: '/tmp/s1-found-1280.png' });
  await row(page).getByRole('button', { name: /^Confirm/ }).click();
  await row(page).screenshot({ path: '/tmp/s2-confirmed-1280.png' });
  await row(page).getByRole('button', { name: /^Undo check/ }).click();
  await row(page).getByRole('button', { name: /^Not about this/ }).click();
  await row(page).getByRole('button', { name: /^Pick a sentence/ }).click();
  await row(page).screenshot({ path: '/tmp/s3-rejected-picking-1280.png' });
  await page.close();
}
{
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  await imp(page);
  const card = page.locator('li[id="px-card-troops-in-russia"]');
  await card.locator('.px-found-note').scrollIntoViewIfNeeded();
  await card.screenshot({ path: '/tmp/s4-found-360-dark.png' });
  await page.close();
}
for (const [w, scheme] of [[1280, 'light'], [360, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(B + '/examples/ferry-story.html');
  const wdg = page.locator('parallax-reader#ferry');
  await wdg.getByRole('heading', { name: 'Suggested by Parallax' }).waitFor();
  await wdg.locator('.px-suggestion').first().screenshot({ path: `/tmp/s5-suggested-${w}-${scheme}.png` });
  await wdg.screenshot({ path: `/tmp/s5-ferry-top-${w}-${scheme}.png`, clip: undefined });
  await page.close();
}
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(B + '/#/article/kontur-how-far-russia-has-fallen');
  await page.getByRole('button', { name: 'Compare a sentence' }).click();
  await page.getByRole('button', { name: /^Pyongyang plans to deploy 10,000/ }).click();
  await page.getByRole('button', { name: 'Compare as a claim' }).click();
  await page.locator('.px-match-panel').screenshot({ path: '/tmp/s6-compose-1280.png' });
  await page.getByRole('button', { name: 'Add the claim' }).click();
  await page.getByRole('heading', { name: 'One claim side by side' }).waitFor();
  await page.waitForTimeout(800);
  await page.locator('.px-table-wrap').screenshot({ path: '/tmp/s7-composed-row-1280.png' });
  await page.close();
}
await browser.close();
