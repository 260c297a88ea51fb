// Checking what the claim engine found, in the widget: confirm a found
// stance, reject it, pick another sentence, undo; suggested claims for a
// host's corpus with no claims; a claim made from any sentence; the compact
// first screen on a phone and in a 300px embed. The texts are invented
// (an invented report below; `examples/corpora/ferry-grounding.json`, four
// invented outlets written by a helper who had not seen the engine).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { pasteReport } from '../support/report';


const TROOPS = /How many North Korean troops are in Russia now/;

async function importReport(page: Page) {
  await pasteReport(page);
  await expect(page.getByRole('status').filter({ hasText: 'Parallax read the articles' })).toContainText('found 1 statement');
  await page.getByRole('link', { name: 'Compare claims' }).click();
}

const troopsLedgerCell = (page: Page) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: TROOPS }) })
    .getByRole('cell')
    .last();

async function downloadCorpus(page: Page) {
  await page.getByRole('link', { name: 'Your articles' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the whole corpus (format 1 JSON)' }).click();
  return Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
}

/** `parallax-cli check` on a document: its output, or the failure's. */
function check(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parallax-')), 'corpus.json');
  writeFileSync(file, body);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  return execFileSync('cargo', ['run', '--quiet', '--package', 'parallax-cli', '--', 'check', file], {
    cwd: root,
    encoding: 'utf8',
  });
}

test('a found troop figure, confirmed, survives a reload and is downloaded as checked', async ({ page }) => {
  test.setTimeout(120_000);
  await importReport(page);
  const cell = troopsLedgerCell(page);
  await expect(cell).toContainText('Found by Parallax, not checked');
  await expect(cell).toContainText('about 12,000 troops (in Russia, now)');
  await expect(cell).toContainText('According to Pentagon spokeswoman Carla Ruiz');
  // Agreement counts it, and says which value the engine found.
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TROOPS }) });
  await expect(row.getByRole('cell').first()).toContainText(
    'Found by Parallax, not checked: The Harbour Ledger: about 12,000 troops.',
  );

  await cell.getByRole('button', { name: "Confirm The Harbour Ledger's sentence" }).click();
  await expect(cell).toContainText('Found by Parallax, checked by a reader');
  await expect(cell.getByRole('button', { name: "Undo check of The Harbour Ledger's sentence" })).toBeFocused();
  await expect(row.getByRole('cell').first()).toContainText('Checked by a reader: The Harbour Ledger: about 12,000 troops.');

  await page.reload();
  await expect(troopsLedgerCell(page)).toContainText('Found by Parallax, checked by a reader');
  await expect(troopsLedgerCell(page)).toContainText('about 12,000 troops (in Russia, now)');

  const body = await downloadCorpus(page);
  const corpus = JSON.parse(body);
  const troops = corpus.claims.find((c: { id: string }) => c.id === 'troops-in-russia');
  const stance = troops.stances.find((s: { quote: string }) => s.quote.startsWith('Some 12,000 North Korean troops'));
  expect(stance.provenance).toBe('checked');
  expect(stance.source).toBe('Pentagon spokeswoman Carla Ruiz');
  expect(check(body)).toContain('valid format-1 corpus');
});

test('a found stance rejected says so, is kept as rejected in the download, and can be undone', async ({ page }) => {
  test.setTimeout(120_000);
  await importReport(page);
  const cell = troopsLedgerCell(page);
  await cell.getByRole('button', { name: "Not about this: reject The Harbour Ledger's sentence" }).click();
  await expect(cell).toHaveText(/Parallax's sentence rejected by a reader/);
  await expect(cell.getByRole('link')).toHaveCount(0);
  // Focus stays in the cell, on what undoes it.
  await expect(cell.getByRole('button', { name: "Undo rejecting The Harbour Ledger's sentence" })).toBeFocused();

  const body = await downloadCorpus(page);
  const troops = JSON.parse(body).claims.find((c: { id: string }) => c.id === 'troops-in-russia');
  expect(troops.rejected).toEqual([
    {
      article: expect.stringMatching(/pentagon/),
      quote: 'Some 12,000 North Korean troops are now in Russia, Pentagon spokeswoman Carla Ruiz told reporters on Monday.',
    },
  ]);
  expect(check(body)).toContain('valid format-1 corpus');

  await page.getByRole('link', { name: 'Compare claims' }).click();
  await troopsLedgerCell(page).getByRole('button', { name: "Undo rejecting The Harbour Ledger's sentence" }).click();
  await expect(troopsLedgerCell(page)).toContainText('Found by Parallax, not checked');
  await expect(troopsLedgerCell(page).getByRole('button', { name: "Confirm The Harbour Ledger's sentence" })).toBeFocused();
});

test('two sources in one article are checked apart', async ({ page }) => {
  await page.goto('/#/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(
    [
      'Two Counts Of The Same Troops',
      'By Ines Varga',
      'November 20, 2024',
      "Some 8,000 North Korean soldiers are now in Russia's Kursk region, a Ukrainian intelligence official said on Tuesday.",
      'Roughly 10,000 North Korean troops are now in Russia, Pentagon spokeswoman Dana Holt said.',
      'Neither figure could be independently verified.',
    ].join('\n'),
  );
  await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill('The Border Review');
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Parallax read the articles' })).toContainText('found');
  await page.getByRole('link', { name: 'Compare claims' }).click();
  const cell = troopsLedgerCell(page);
  const stances = cell.getByRole('figure');
  await expect(stances).toHaveCount(2);
  await stances.first().getByRole('button', { name: /^Confirm/ }).click();
  await expect(stances.first()).toContainText('checked by a reader');
  await stances.last().getByRole('button', { name: /^Confirm/ }).click();
  await expect(stances.last()).toContainText('checked by a reader');
  // The first stays checked, after a reload too.
  await expect(stances.first()).toContainText('checked by a reader');
  await page.reload();
  await expect(troopsLedgerCell(page).getByText('Found by Parallax, checked by a reader')).toHaveCount(2);

  // Rejecting one leaves the other, and says so with an undo.
  await stances.first().getByRole('button', { name: /^Undo check/ }).click();
  await stances.first().getByRole('button', { name: /^Not about this/ }).click();
  await expect(stances).toHaveCount(1);
  await expect(cell).toContainText('Another sentence rejected by a reader');
  await cell.getByRole('button', { name: "Undo rejecting The Border Review's sentence" }).click();
  await expect(stances).toHaveCount(2);
});

test('another sentence of the article can be picked by keyboard', async ({ page }) => {
  await importReport(page);
  const cell = troopsLedgerCell(page);
  const pick = cell.getByRole('button', { name: 'Pick another sentence from The Harbour Ledger' });
  await pick.focus();
  await page.keyboard.press('Enter');
  await expect(pick).toHaveAttribute('aria-expanded', 'true');
  // The article has one other figure the engine reads ("since 2021" is a
  // year): the list says there is none, or offers it; either way Cancel
  // closes it and the found stance stays.
  const cancel = cell.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(pick).toHaveAttribute('aria-expanded', 'false');
  // Focus returns to the button that opened the list; Escape closes it too.
  await expect(pick).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cancel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pick).toBeFocused();
  await expect(pick).toHaveAttribute('aria-expanded', 'false');
  await expect(cell).toContainText('Found by Parallax, not checked');
});

test.describe('a host corpus with no claims', () => {
  const widget = (page: Page) => page.locator('parallax-reader#ferry');
  const suggestion = (w: Locator, question: RegExp) => w.getByRole('article', { name: question }).first();

  test('shows suggested claims; one accepted with its question edited joins the comparison', async ({ page }) => {
    await page.goto('/examples/ferry-story.html');
    const w = widget(page);
    await expect(w.getByRole('status').filter({ hasText: 'Parallax read the articles brought here' })).toContainText(
      'suggests',
    );
    await expect(w.getByRole('heading', { name: 'Suggested by Parallax' })).toBeVisible();
    await expect(w.getByText('No claim is compared yet.')).toBeVisible();

    const passengers = suggestion(w, /How many passengers/);
    await expect(passengers).toContainText('Northern Tide');
    await expect(passengers).toContainText('Roughly 200 passengers were on board');
    await passengers.getByRole('textbox', { name: 'Question' }).fill('How many passengers were on board the Corran Bell?');
    await passengers.getByRole('button', { name: 'Add to the comparison' }).click();

    const row = w.getByRole('row', { name: /How many passengers were on board the Corran Bell\?/ });
    await expect(row).toContainText('Suggested by Parallax, added by you');
    await expect(row).toContainText('Found by Parallax, not checked');
    await expect(row).toContainText('about 200 passengers');
    await expect(row).toContainText('more than 250 passengers');

    // A dismissed suggestion leaves the list, is listed as dismissed with
    // its undo (focused), and comes back.
    const count = await w.getByRole('article', { name: /^How many/ }).count();
    const first = suggestion(w, /How many/);
    const question = await first.getByRole('heading').innerText();
    await first.getByRole('button', { name: 'Dismiss' }).click();
    await expect(w.getByRole('article', { name: /^How many/ })).toHaveCount(count - 1);
    const undoDismiss = w.getByRole('button', { name: `Undo dismissing: ${question}` });
    await expect(undoDismiss).toBeFocused();
    await undoDismiss.click();
    await expect(w.getByRole('article', { name: /^How many/ })).toHaveCount(count);
    await expect(w.getByRole('article', { name: question }).getByRole('textbox', { name: 'Question' })).toBeFocused();
    await row.getByRole('button', { name: /^Undo adding this claim/ }).click();
    await expect(row).toHaveCount(0);
    await expect(suggestion(w, /How many passengers/)).toBeVisible();
  });
});

test('"Compare as a claim" from a sentence makes a row with the other outlets\' stances', async ({ page }) => {
  await page.goto('/#/article/kontur-how-far-russia-has-fallen');
  await page.getByRole('button', { name: 'Compare a sentence' }).click();
  await page.getByRole('button', { name: /^Pyongyang plans to deploy 10,000 soldiers to Russia by December/ }).click();
  const panel = page.getByRole('complementary', { name: 'How do other outlets report this?' });
  await panel.getByRole('button', { name: 'Compare as a claim' }).click();
  const question = panel.getByRole('textbox', { name: 'Question for the new claim' });
  await expect(question).toBeFocused();
  await expect(question).toHaveValue(/How many soldiers/);
  await question.fill('How many soldiers will North Korea send to Russia by December?');
  await panel.getByRole('button', { name: 'Add the claim' }).click();

  await expect(page.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
  const row = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: /How many soldiers will North Korea send to Russia by December\?/ }),
  });
  await expect(row).toContainText('Made by you from a sentence');
  const cells = row.getByRole('cell');
  // Columns: agreement, The National Interest, Kontur, ABC News, NYT.
  await expect(cells.nth(2)).toContainText('Found by Parallax, checked by a reader');
  await expect(cells.nth(3)).toContainText('Found by Parallax, not checked');
  await expect(cells.nth(3)).toContainText('10,000');
  await expect(cells.nth(4)).toContainText('Found by Parallax, not checked');
  await expect(cells.nth(4)).toContainText('10,000 by December');

  // It is saved, and removing it removes the row.
  await page.reload();
  await expect(row).toContainText('Made by you from a sentence');
  await row.getByRole('button', { name: /^Remove this claim/ }).click();
  await expect(page.getByText('This corpus has no claim with the id')).toBeVisible();
});

test.describe('the first screen shows a claim', () => {
  test('on a 360 × 800 phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/');
    const first = page.getByRole('heading', { level: 3, name: TROOPS });
    await expect(first).toBeInViewport();
    // The outlets are one tap away, and say how many are shown.
    const outlets = page.getByRole('button', { name: 'Outlets: 4 of 4 shown' });
    await expect(outlets).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Kontur', exact: true })).toBeHidden();
    await outlets.click();
    await page.getByRole('button', { name: 'Kontur', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Outlets: 3 of 4 shown' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('in a 300px wide embed', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    await own.evaluate((element) => {
      (element as HTMLElement).style.width = '300px';
      element.scrollIntoView();
    });
    const first = own.getByRole('heading', { level: 3 }).first();
    await expect(first).toBeVisible();
    const [box, question] = await Promise.all([own.boundingBox(), first.boundingBox()]);
    expect(question!.y + question!.height - box!.y).toBeLessThanOrEqual(800);
    // Wide widgets keep the toggles in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    await own.evaluate((element) => {
      (element as HTMLElement).style.width = '';
    });
    await expect(own.getByRole('button', { name: /^Outlets: / })).toBeHidden();
  });
});

const STATES: [string, (page: Page) => Promise<void>][] = [
  ['found', async (page) => importReport(page)],
  [
    'confirmed',
    async (page) => {
      await importReport(page);
      await troopsLedgerCell(page).getByRole('button', { name: /^Confirm/ }).click();
      await expect(troopsLedgerCell(page)).toContainText('checked by a reader');
    },
  ],
  [
    'rejected, picking a sentence',
    async (page) => {
      await importReport(page);
      await troopsLedgerCell(page).getByRole('button', { name: /^Not about this/ }).click();
      await troopsLedgerCell(page).getByRole('button', { name: /^Pick a sentence/ }).click();
      await expect(troopsLedgerCell(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
    },
  ],
  [
    'suggested',
    async (page) => {
      await page.goto('/examples/ferry-story.html');
      await expect(page.locator('parallax-reader#ferry').getByRole('heading', { name: 'Suggested by Parallax' })).toBeVisible();
    },
  ],
  [
    'editing a new claim',
    async (page) => {
      await page.goto('/#/article/kontur-how-far-russia-has-fallen');
      await page.getByRole('button', { name: 'Compare a sentence' }).click();
      await page.getByRole('button', { name: /^Pyongyang plans to deploy 10,000/ }).click();
      await page.getByRole('button', { name: 'Compare as a claim' }).click();
      await expect(page.getByRole('textbox', { name: 'Question for the new claim' })).toBeFocused();
    },
  ],
];

for (const [state, reach] of STATES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`${state}, ${colorScheme}, ${width}px: no axe-core violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        // The cards layout has no rows: reach the state in the table, then narrow.
        if (width < 1280 && !state.startsWith('suggested') && !state.startsWith('editing')) {
          await page.setViewportSize({ width: 1280, height: 900 });
          await reach(page);
          await page.setViewportSize({ width, height: 900 });
        } else {
          await reach(page);
        }
        await expectNoAxeViolations(page);
      });
    }
  }
}
