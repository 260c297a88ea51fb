// Cross-site scripting through the corpus. Every field a corpus fills
// (title, outlet names, headlines, bylines, bases, body blocks of every
// kind, questions, quotes, sources, values, URLs) carries vectors from
// e2e/fixtures/xss-vectors.txt (collected from the OWASP XSS Filter Evasion
// Cheat Sheet and PortSwigger's XSS cheat sheet). Served as a host's `src`
// to the script embed, the full page / iframe mode, and the single-file
// build, every view is visited; then no script may have run (alert,
// confirm, prompt and print are sentinels), no request may have gone to a
// vector's host, no unsafe URL may be in an href, no element may carry an
// event-handler attribute, and the text must show literally.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';

const VECTORS = readFileSync(new URL('../fixtures/xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);
const CORPUS_URL = 'https://corpus.test/hostile.json';
const OUTLETS = 8;
const vector = (i: number) => VECTORS[i % VECTORS.length];

/** A valid format-1 corpus with a vector in every field. */
function hostileCorpus() {
  const articles = Array.from({ length: OUTLETS }, (_, i) => {
    const mine = VECTORS.filter((_, k) => k % OUTLETS === i);
    const kinds = ['paragraph', 'summary', 'subhead', 'caption', 'author_bio', 'credit'];
    return {
      id: `article-${i}`,
      outlet: `outlet-${i}`,
      outlet_attribution: { provenance: 'inferred', basis: vector(i + 30) },
      headline: { value: vector(i + 10), provenance: 'stated' },
      byline: { value: vector(i + 20), provenance: 'inferred', basis: vector(i + 40) },
      published: { date: `2024-10-${String(10 + i).padStart(2, '0')}`, precision: 'day', provenance: 'inferred', basis: vector(i + 50) },
      url: { value: `https://example.org/${i}?q=${encodeURIComponent(vector(i + 60))}`, provenance: 'stated' },
      blocks: [
        { kind: 'paragraph', text: `Quoted: ${vector(i + 70)} and more.` },
        ...mine.map((text, k) => ({ kind: kinds[k % kinds.length], text })),
      ],
    };
  });
  const claims = Array.from({ length: OUTLETS }, (_, i) => ({
    id: `claim-${i}`,
    question: vector(i + 80),
    kind: 'event',
    stances: [i, (i + 1) % OUTLETS].map((a) => ({
      article: `article-${a}`,
      quote: `Quoted: ${vector(a + 70)} and more.`,
      source: vector(i + 90),
      value: { text: vector(a + 70), label: vector(i + 100) },
    })),
  }));
  return {
    format: 1,
    title: vector(0),
    outlets: Array.from({ length: OUTLETS }, (_, i) => ({ id: `outlet-${i}`, name: vector(i + 1) })),
    articles,
    claims,
  };
}

async function armSentinels(page: Page) {
  await page.addInitScript(() => {
    const pwned: string[] = [];
    (window as unknown as { pwned: string[] }).pwned = pwned;
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        pwned.push(`${name}(${args.join(',')})`);
      };
    }
  });
  const stray: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('xss.test')) stray.push(request.url());
  });
  await page.route(CORPUS_URL, (route) =>
    route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(hostileCorpus()),
    }),
  );
  return stray;
}

/** What no page may ever hold after showing the corpus. */
async function expectNothingRan(page: Page, stray: string[], where: string) {
  const findings = await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i].querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    const problems: string[] = [];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.toLowerCase().startsWith('on')) {
            problems.push(`${element.tagName} has ${attribute.name}`);
          }
        }
      }
      // Inside the widget every URL-bearing attribute; in the page, links
      // (the page's own icon may be a data: URL, as the single file's is).
      const urls = root instanceof ShadowRoot ? '[href], [src], [action], [formaction], [data]' : 'a[href]';
      for (const link of root.querySelectorAll(urls)) {
        for (const name of ['href', 'src', 'action', 'formaction', 'data']) {
          const value = (link.getAttribute(name) ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (/^(javascript|data|vbscript):/.test(value)) problems.push(`${link.tagName} ${name}=${value}`);
        }
      }
      const inside = root instanceof ShadowRoot;
      if (inside) {
        // (Forms are the widget's own; an injected one would show in the URL check.)
        for (const tag of ['script', 'iframe', 'object', 'embed', 'img', 'style', 'link', 'math', 'input[type=image]', 'meta', 'base', 'frame', 'video', 'audio', 'details', 'marquee', 'template']) {
          if (root.querySelector(tag)) problems.push(`an injected <${tag}> inside the widget`);
        }
      }
    }
    return { pwned: (window as unknown as { pwned: string[] }).pwned, problems };
  });
  expect(findings.pwned, `${where}: a payload ran`).toEqual([]);
  expect(findings.problems, `${where}: unsafe markup`).toEqual([]);
  expect(stray, `${where}: a payload made a request`).toEqual([]);
}

/** Visits every view through the widget's own tabs and checks each. */
async function visitEveryView(page: Page, widget: Locator, stray: string[], where: string) {
  // The comparison: questions, quotes, values, sources, outlet names.
  await expect(widget.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  await expect(widget.getByText(vector(0), { exact: false }).first()).toBeVisible();
  await expect(widget.getByRole('button', { name: vector(1), exact: true })).toBeVisible();
  await expect(widget.getByRole('link', { name: vector(80), exact: true }).first()).toBeVisible();
  await expectNothingRan(page, stray, `${where}, comparison`);

  await widget.getByRole('link', { name: 'Read articles' }).click();
  await widget.getByRole('link', { name: vector(10), exact: true }).click();
  await expect(widget.getByRole('heading', { name: vector(10), exact: true })).toBeVisible();
  await expect(widget.getByText(vector(20)).first()).toBeVisible();
  await expectNothingRan(page, stray, `${where}, article`);
  // The link to the original is the corpus's https URL, query and all.
  await expect(widget.getByRole('link', { name: /Read at the source/ })).toHaveAttribute(
    'href',
    `https://example.org/0?q=${encodeURIComponent(vector(60))}`,
  );

  await widget.getByRole('link', { name: 'Side by side' }).click();
  await expect(widget.locator('.px-column').first()).toBeVisible();
  await expectNothingRan(page, stray, `${where}, side by side`);

  await widget.getByRole('link', { name: 'Timeline' }).click();
  await expect(widget.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
  await expectNothingRan(page, stray, `${where}, timeline`);

  await widget.getByRole('searchbox').fill('script');
  await widget.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(widget.locator('.px-results').first()).toBeVisible();
  await expectNothingRan(page, stray, `${where}, search`);

  await widget.getByRole('link', { name: 'Your articles' }).click();
  await expect(widget.getByRole('heading', { name: 'Your articles' })).toBeVisible();
  await expectNothingRan(page, stray, `${where}, your articles`);
}

test(`the fixture holds at least 100 vectors (${VECTORS.length})`, () => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(100);
  // Every vector reaches the corpus.
  const text = JSON.stringify(hostileCorpus());
  for (const v of VECTORS) expect(text.includes(JSON.stringify(v).slice(1, -1)), v).toBe(true);
});

test('script embed: a hostile src shows as text and runs nothing', async ({ page }) => {
  const stray = await armSentinels(page);
  await page.goto('/examples/two-instances.html');
  const own = page.locator('parallax-reader#own');
  await expect(own.getByText("Riverside's library budget vote", { exact: false })).toBeVisible();
  await own.evaluate((element, url) => element.setAttribute('src', url), CORPUS_URL);
  await visitEveryView(page, own, stray, 'embed');
});

test('full page and iframe mode: a hostile src shows as text and runs nothing', async ({ page }) => {
  const stray = await armSentinels(page);
  await page.goto(`/?src=${encodeURIComponent(CORPUS_URL)}`);
  await visitEveryView(page, page.locator('#parallax'), stray, 'full page');
});

test('single-file build: a hostile src shows as text and runs nothing', async ({ page }) => {
  const stray = await armSentinels(page);
  const file = fileURLToPath(new URL('../../dist/parallax.html', import.meta.url));
  await page.goto(`file://${file}?src=${encodeURIComponent(CORPUS_URL)}`);
  await visitEveryView(page, page.locator('#parallax'), stray, 'single file');
});

test('the sentinels are live: markup parsed as HTML in the widget is caught', async ({ page }) => {
  const stray = await armSentinels(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  await page.locator('#parallax').evaluate((host) =>
    host.shadowRoot?.querySelector('.px-app')?.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(1)>'),
  );
  await expect.poll(() => page.evaluate(() => (window as unknown as { pwned: string[] }).pwned)).toEqual(['alert(1)']);
  await expect(expectNothingRan(page, stray, 'canary')).rejects.toThrow();
});

test('unsafe URLs in a corpus are refused with their place, shown as text', async ({ page }) => {
  const stray = await armSentinels(page);
  const corpus = hostileCorpus();
  corpus.articles[0].url.value = 'javascript:alert(1)';
  corpus.articles[1].url.value = 'data:text/html,<script>alert(1)</script>';
  await page.route('https://corpus.test/unsafe.json', (route) =>
    route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(corpus) }),
  );
  await page.goto(`/?src=${encodeURIComponent('https://corpus.test/unsafe.json')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is not a valid format-1 corpus');
  await expect(alert).toContainText('articles[0]');
  await expect(alert).toContainText('articles[1]');
  await expect(alert).toContainText('javascript:alert(1)');
  await expectNothingRan(page, stray, 'unsafe URLs');
});
