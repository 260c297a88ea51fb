// A host's corpus where one outlet reports a figure in many articles: the
// cell shows the first two sentences and folds the rest behind a disclosure
// button, and the claim's chart merges the same figures and says what it
// left out (issue 17: hundreds of articles made a toggle take a second and
// charts thousands of pixels tall). Written for this test: an invented
// story (a regional water shortage) told by one wire desk in eight updates
// and by a weekly once.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const QUESTION = 'How many households are without running water?';
const SRC = 'https://wire.test/corpus.json';

function corpus() {
  const updates = [4100, 4100, 4100, 4300, 4300, 4600, 4600, 5200].map((households, i) => ({
    id: `wire-update-${i + 1}`,
    text: `Update ${i + 1}: About ${households.toLocaleString('en-US')} households in the Vell valley are without running water, the utility said.`,
    households,
  }));
  // Fourteen more outlets, each with one figure of its own, so the chart
  // has more distinct figures than it draws.
  const others = Array.from({ length: 14 }, (_, i) => ({
    id: `paper-${i + 1}`,
    outlet: `paper-${i + 1}`,
    name: `Valley Paper ${i + 1}`,
    text: `The county put the number of households without running water at about ${(6000 + i * 100).toLocaleString('en-US')} on Friday.`,
    households: 6000 + i * 100,
  }));
  const article = (id: string, outlet: string, headline: string, text: string) => ({
    id,
    outlet,
    outlet_attribution: { provenance: 'stated' },
    headline: { value: headline, provenance: 'stated' },
    published: { date: '2026-07-14', precision: 'day', provenance: 'stated' },
    blocks: [{ kind: 'paragraph', text }],
  });
  const stance = (id: string, text: string, households: number, source: string) => {
    const value = text.match(/about [\d,]+/i)![0];
    return {
      article: id,
      quote: text.slice(0, -1),
      source,
      value: { text: value, amount: households, qualifier: 'about', unit: 'households' },
    };
  };
  return JSON.stringify({
    format: 1,
    title: 'The Vell valley water shortage',
    outlets: [
      { id: 'wire', name: 'Northern Wire' },
      ...others.map((o) => ({ id: o.outlet, name: o.name })),
    ],
    articles: [
      ...updates.map((u) => article(u.id, 'wire', `Water shortage, update ${u.id.slice(-1)}`, u.text)),
      ...others.map((o) => article(o.id, o.outlet, 'Households without water', o.text)),
    ],
    claims: [
      {
        id: 'households',
        question: QUESTION,
        kind: 'number',
        stances: [
          ...updates.map((u) => stance(u.id, u.text, u.households, 'the utility')),
          ...others.map((o) => stance(o.id, o.text, o.households, 'the county')),
        ],
      },
    ],
  });
}

async function open(page: Page) {
  const body = corpus();
  await page.route(SRC, (route) =>
    route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body }),
  );
  await page.goto(`/?src=${encodeURIComponent(SRC)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: QUESTION }) });
  await expect(row).toBeVisible();
  return row;
}

test('an outlet with many sentences for a claim shows two and folds the rest', async ({ page }) => {
  const row = await open(page);
  const wire = row.getByRole('cell').nth(1);
  await expect(wire.getByRole('figure')).toHaveCount(2);
  const more = wire.getByRole('button', { name: 'Show 6 more sentences from Northern Wire' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: the button opens the rest and keeps focus.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(wire.getByRole('figure')).toHaveCount(8);
  const fewer = wire.getByRole('button', { name: 'Show fewer sentences from Northern Wire' });
  await expect(fewer).toBeFocused();
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(wire).toContainText('Update 8: About 5,200 households');

  // Hiding and showing another outlet keeps it open.
  await page.getByRole('button', { name: 'Valley Paper 1', exact: true }).click();
  await page.getByRole('button', { name: 'Valley Paper 1', exact: true }).click();
  await expect(wire.getByRole('figure')).toHaveCount(8);

  await fewer.click();
  await expect(wire.getByRole('figure')).toHaveCount(2);
  // Agreement still counts every sentence.
  await expect(row.getByRole('cell').first()).toContainText('Differs');
});

test('a chart of many figures merges the same ones and says what it left out', async ({ page }) => {
  const row = await open(page);
  const chart = row.getByRole('img', { name: /^Figures reported for: How many households/ });
  // 22 figures, 18 of them distinct (4,100 three times, 4,300 and 4,600
  // twice): 12 lines, 6 distinct figures left out.
  await expect(chart).toHaveAccessibleName(/3 reports, first Northern Wire · the utility: about 4,100 households/);
  await expect(chart).toHaveAccessibleName(/6 more figures not drawn \(see the cells\)\.$/);
  await expect(chart.locator('circle')).toHaveCount(12);
});

test('folded cells and the long chart have no axe-core violations', async ({ page }) => {
  const row = await open(page);
  await row.getByRole('button', { name: /^Show 6 more sentences/ }).click();
  await expectNoAxeViolations(page);
});
