// Matching at scale in headless Chromium: the release bundle with synthetic
// corpora of 5, 100 and 1,000 articles (the bundled five plus copies imported
// through "Your articles"), timed by the widget's own User Timing measures:
// parallax:match-index (building the index, on first use) and
// parallax:match-query (one sentence). Run through `cargo xtask bench-matching`.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../support/chromium.mjs';

const url = process.env.PARALLAX_URL;
const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const root = new URL('../../corpus/articles/', import.meta.url);
const originals = readdirSync(root).map((name) => JSON.parse(readFileSync(new URL(name, root), 'utf8')));

function synthetic(count) {
  const outlets = Array.from({ length: 20 }, (_, i) => ({ id: `synthetic-${i}`, name: `Synthetic ${i}` }));
  const articles = Array.from({ length: count }, (_, i) => ({
    ...originals[i % originals.length],
    id: `${originals[i % originals.length].id}-s${i}`,
    outlet: `synthetic-${i % 20}`,
  }));
  return JSON.stringify({ format: 1, outlets, articles });
}

const SENTENCES = [
  'around 1.3 million active personnel',
  'some 11,000 North Korean troops',
  'a total of 12,000 soldiers',
  'Neither Russia nor North Korea has acknowledged',
  'supply weapons to Kyiv for the first time',
  'Primorsky Krai region',
  'collecting their new combat gear in Samara',
  'about 50 ready-to-fire nuclear warheads',
  'hosted Russian President Vladimir Putin in Pyongyang',
  'dragged on for more than two-and-a-half years',
  'military technology was paramount',
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
console.log('| articles | index build | query (median of 11) | query (slowest) |');
console.log('| ---: | ---: | ---: | ---: |');
for (const total of [5, 100, 1000]) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/#/import`);
  if (total > 5) {
    await page.getByLabel('choose files').setInputFiles({
      name: 'synthetic.json', mimeType: 'application/json', buffer: Buffer.from(synthetic(total - 5)),
    });
    await page.getByRole('button', { name: 'Synthetic 0', exact: true }).waitFor({ timeout: 120_000 });
  }
  await page.goto(`${url}/#/article/abc-allies-on-edge`);
  for (const [i, sentence] of SENTENCES.entries()) {
    await page.locator('.px-sentence', { hasText: sentence }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('parallax:match-query').length >= n, i + 1);
  }
  const timings = await page.evaluate(() => ({
    index: performance.getEntriesByName('parallax:match-index').map((e) => e.duration),
    queries: performance.getEntriesByName('parallax:match-query').map((e) => e.duration),
  }));
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`| ${total} | ${ms(timings.index[0])} | ${ms(median(timings.queries))} | ${ms(Math.max(...timings.queries))} |`);
  await page.context().close();
}
await browser.close();
