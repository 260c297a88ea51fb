// The claim engine in the widget: an article the reader brings is read for
// the comparison's claims; what it finds is shown as found and unchecked,
// with the figure and the source it is credited to, in the right row.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { pasteReport } from '../support/report';


test('a pasted article with a credited troop figure shows it as found in the troops row', async ({ page }) => {
  await pasteReport(page);
  await expect(page.getByRole('status').filter({ hasText: 'Parallax read the articles no one had checked' })).toContainText('found 1 statement');

  await page.getByRole('link', { name: 'Compare claims' }).click();
  const troops = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /How many North Korean troops are in Russia now/ }) });
  const cell = troops.getByRole('cell').last();
  await expect(cell).toContainText('Found by Parallax, not checked');
  await expect(cell).toContainText('about 12,000 troops (in Russia, now)');
  await expect(cell).toContainText('According to Pentagon spokeswoman Carla Ruiz');
  // The quote is the article's sentence, verbatim, and links to it.
  await expect(cell.getByRole('link', { name: /Some 12,000 North Korean troops are now in Russia/ })).toBeVisible();

  // Figures it did not state: the engine looked, so no editor is claimed.
  const warheads = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /How many nuclear warheads/ }) });
  await expect(warheads.getByRole('cell').last()).toHaveText(/^not found by Parallax/);
  // The reader can still give the article's answer.
  await expect(warheads.getByRole('cell').last().getByRole('button', { name: 'Pick a sentence from The Harbour Ledger' })).toBeVisible();
  // The bundled outlets keep the editor's word.
  await expect(warheads.getByRole('cell').nth(1)).toHaveText('not mentioned');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`found stances and the engine's status, ${colorScheme}, ${width}px: no axe-core violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await pasteReport(page);
      await expect(page.getByRole('status').filter({ hasText: 'Parallax read the articles no one had checked' })).toBeVisible();
      await page.getByRole('link', { name: 'Compare claims' }).click();
      await expect(page.getByText('Found by Parallax, not checked').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
