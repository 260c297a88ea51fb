// The widget's size and speed, measured in headless Chromium against the
// release bundle (run through `cargo xtask bench`, which builds and serves
// it and puts the result in BENCHMARKS.md):
// - bytes per asset of the default page, raw, gzip (-9) and brotli (q 11);
// - cold load: first contentful paint and the widget's `parallax:ready`
//   mark, in fresh browser contexts, interleaved with a static page that
//   holds the same five articles as plain HTML, served by the same server;
// - outlet toggle latency on the bundled corpus and on 500 articles;
// - wasm linear memory and JS heap after load;
// - remounts: live wasm instances, their memory and the JS heap (after a
//   full garbage collection) on the two-widget example, at load, after 30
//   widgets created and removed, and after 10 panics each followed by a
//   reset (issue 13).
// Writes Markdown to PARALLAX_BENCH_OUT and prints it.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../support/chromium.mjs';

const url = process.env.PARALLAX_URL;
const dist = process.env.PARALLAX_DIST;
const out = process.env.PARALLAX_BENCH_OUT;
const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.PARALLAX_BENCH_RUNS ?? 11);
const TOGGLES = Number(process.env.PARALLAX_BENCH_TOGGLES ?? 60);
if (!url || !dist || !out) throw new Error('run through `cargo xtask bench`');

const corpusRoot = new URL('../../corpus/', import.meta.url);
const originals = readdirSync(new URL('articles/', corpusRoot)).map((name) =>
  JSON.parse(readFileSync(new URL(`articles/${name}`, corpusRoot), 'utf8')),
);
const bundled = JSON.parse(readFileSync(new URL('corpus.json', corpusRoot), 'utf8'));
const claims = JSON.parse(readFileSync(new URL('claims.json', corpusRoot), 'utf8'));

// ---------------------------------------------------------------- sizes
const ASSETS = [
  'index.html',
  'page.css',
  'first-view.js',
  'parallax.css',
  'parallax-reader.js',
  'parallax.js',
  'parallax_bg.wasm',
  'favicon.svg',
];
const sizes = ASSETS.map((name) => {
  const bytes = readFileSync(`${dist}/${name}`);
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
const total = sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

// ------------------------------------------------ pages the bench serves
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
mkdirSync(`${dist}/bench`, { recursive: true });
const staticPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The five articles, as plain HTML</title><link rel="icon" href="../favicon.svg"></head><body>
${originals
  .map(
    (article) =>
      `<article><h1>${escape(article.headline.value)}</h1>\n${article.blocks
        .map((block) => `<p>${escape(block.text)}</p>`)
        .join('\n')}</article>`,
  )
  .join('\n')}
</body></html>`;
writeFileSync(`${dist}/bench/static.html`, staticPage);

// 500 articles from 50 outlets: the five articles copied, each copy its own
// article of a synthetic outlet; the curated claims stay on the originals.
const OUTLETS = 50;
const synthetic = {
  format: 1,
  title: 'Synthetic: 500 articles from 54 outlets',
  outlets: [...bundled.outlets, ...Array.from({ length: OUTLETS }, (_, i) => ({ id: `synthetic-${i}`, name: `Synthetic ${i}` }))],
  articles: [
    ...originals,
    ...Array.from({ length: 500 - originals.length }, (_, i) => ({
      ...originals[i % originals.length],
      id: `${originals[i % originals.length].id}-s${i}`,
      outlet: `synthetic-${i % OUTLETS}`,
    })),
  ],
  claims,
};
writeFileSync(`${dist}/bench/synthetic-500.json`, JSON.stringify(synthetic));

// ------------------------------------------------------------- browser
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const version = browser.version();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const median = (values) => quantile(values, 0.5);

async function fcp(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

async function readyMark(page) {
  await page.waitForFunction(() => performance.getEntriesByName('parallax:ready').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('parallax:ready')[0].startTime);
}

// Cold loads, interleaved (and alternating which goes first) so that the
// machine's noise falls on both alike.
// The comparison is on screen at the widget page's first contentful paint
// when that paint is the first view prerendered into the page (shown when
// first-view.js set `data-parallax-first-view`); else at `parallax:ready`.
const load = { widgetFcp: [], widgetReady: [], widgetPainted: [], pictured: 0, staticFcp: [] };
for (let run = 0; run < RUNS; run++) {
  const order = run % 2 === 0 ? ['widget', 'static'] : ['static', 'widget'];
  for (const which of order) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (which === 'widget') {
      await page.goto(`${url}/`);
      const ready = await readyMark(page);
      const first = await fcp(page);
      const pictured = await page.evaluate(() => document.documentElement.hasAttribute('data-parallax-first-view'));
      load.widgetReady.push(ready);
      load.widgetFcp.push(first);
      load.widgetPainted.push(pictured ? first : ready);
      if (pictured) load.pictured += 1;
    } else {
      await page.goto(`${url}/bench/static.html`);
      load.staticFcp.push(await fcp(page));
    }
    await context.close();
  }
}

// Toggle latency: the time from a click on an outlet's button to (a) the
// DOM updated (the button's `aria-pressed` changed, seen by a
// MutationObserver, whether Yew rendered in a microtask or a task) and laid
// out and (b) the next frame (the first requestAnimationFrame after the
// click, plus a task, i.e. after its paint). A host's `src` is read by the
// claim engine in the background first; the toggles are timed after it.
async function toggles(path, outlet) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}${path}`);
  await readyMark(page);
  await page.getByRole('button', { name: outlet, exact: true }).waitFor();
  await page.getByRole('button', { name: 'Stop reading' }).waitFor({ state: 'detached', timeout: 120_000 });
  const memory = await page.evaluate(async () => {
    const widget = document.querySelector('[data-parallax-page]').parallax;
    return { wasm: widget.memoryBytes(), heap: performance.memory?.usedJSHeapSize ?? NaN };
  });
  const result = await page.evaluate(
    async ({ outlet, rounds }) => {
      const root = document.querySelector('[data-parallax-page]').shadowRoot;
      const button = () => [...root.querySelectorAll('button[aria-pressed]')].find((b) => b.textContent.trim() === outlet);
      const afterFrame = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(0);
          }),
        );
      const laidOut = [];
      const frame = [];
      for (let i = 0; i < rounds; i++) {
        await afterFrame();
        const before = button().getAttribute('aria-pressed');
        const t0 = performance.now();
        const rendered = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (button()?.getAttribute('aria-pressed') !== before) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { attributes: true, childList: true, subtree: true });
        });
        button().click();
        const painted = afterFrame();
        await rendered;
        void root.host.offsetHeight;
        laidOut.push(performance.now() - t0);
        frame.push((await painted) - t0);
        if (button().getAttribute('aria-pressed') === before) throw new Error('the click did not toggle the outlet');
      }
      return { laidOut, frame };
    },
    { outlet, rounds: TOGGLES },
  );
  await context.close();
  return { ...result, memory };
}

// Live wasm instances (one memory each), their bytes and the JS heap, after
// a full garbage collection, through the DevTools protocol.
async function liveMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return [this.length, this.reduce((sum, m) => sum + m.buffer.byteLength, 0)]; }',
    returnByValue: true,
  });
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { instances: result.value[0], wasm: result.value[1], heap: usedSize };
}

async function remounts() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/examples/two-instances.html`);
  await page.locator('parallax-reader#own').getByRole('button', { name: 'Valley Radio (example)', exact: true }).waitFor();
  await page.locator('parallax-reader#bundled').getByRole('heading', { name: 'One claim side by side' }).waitFor();
  const rows = [['after load (2 widgets)', await liveMemory(page)]];
  await page.evaluate(async () => {
    const until = (condition) =>
      new Promise((resolve) => {
        const check = () => (condition() ? resolve() : requestAnimationFrame(check));
        check();
      });
    for (let i = 0; i < 30; i++) {
      const element = document.createElement('parallax-reader');
      element.setAttribute('claim', 'troops-in-russia');
      document.body.append(element);
      await until(() => element.widget && element.shadowRoot?.querySelector('.px-root'));
      element.remove();
      await until(() => element.widget === null);
    }
  });
  rows.push(['after 30 widgets created and removed', await liveMemory(page)]);
  const bundled = page.locator('parallax-reader#bundled');
  for (let i = 0; i < 10; i++) {
    await bundled.evaluate((element) => {
      try {
        element.widget.simulatePanic();
      } catch {
        // The trap.
      }
    });
    await bundled.getByRole('button', { name: 'Reset the widget' }).click();
    await bundled.getByRole('heading', { name: 'One claim side by side' }).waitFor();
  }
  rows.push(['after 10 panics, each reset', await liveMemory(page)]);
  await context.close();
  return rows;
}

const remountRows = await remounts();
const small = await toggles('/', 'ABC News (Australia)');
const large = await toggles('/?src=bench/synthetic-500.json', 'Synthetic 0');
await browser.close();

// --------------------------------------------------------------- report
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const n = (value) => value.toLocaleString('en-US');
const ms = (value) => `${value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const spread = (values) => `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`;
const verdict = (met) => (met ? '**met**' : '**missed**');

const ratio = median(load.widgetPainted) / median(load.staticFcp);
const readyRatio = median(load.widgetReady) / median(load.staticFcp);
const budgets = [
  ['total brotli transfer of the default page ≤ 150 KB', kb(total.brotli), total.brotli <= 150_000],
  ['comparison on screen ≤ 1.2 × the static page’s first contentful paint (medians)', `${ratio.toFixed(2)} ×`, ratio <= 1.2],
  ['toggle p95 ≤ 16 ms, bundled corpus (click → laid out)', ms(quantile(small.laidOut, 0.95)), quantile(small.laidOut, 0.95) <= 16],
  ['toggle p95 ≤ 50 ms, 500 articles (click → laid out)', ms(quantile(large.laidOut, 0.95)), quantile(large.laidOut, 0.95) <= 50],
];

const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} with Chromium ${version} (headless), ${RUNS} cold loads of each page, ${TOGGLES} toggles per corpus.`);
lines.push('');
lines.push('### Budgets');
lines.push('');
lines.push('| budget | measured | verdict |');
lines.push('| --- | ---: | --- |');
for (const [what, value, met] of budgets) lines.push(`| ${what} | ${value} | ${verdict(met)} |`);
lines.push('');
lines.push('### Bytes over the wire (default page)');
lines.push('');
lines.push('| file | raw | gzip -9 | brotli 11 |');
lines.push('| --- | ---: | ---: | ---: |');
for (const s of sizes) lines.push(`| ${s.name} | ${n(s.raw)} | ${n(s.gzip)} | ${n(s.brotli)} |`);
lines.push(`| **total** | ${n(total.raw)} | ${n(total.gzip)} | ${n(total.brotli)} |`);
lines.push('');
lines.push('### Cold load (fresh context each run, same server)');
lines.push('');
lines.push('| page | measure | median | spread (min – max) |');
lines.push('| --- | --- | ---: | ---: |');
lines.push(`| static HTML, five articles | first contentful paint | ${ms(median(load.staticFcp))} | ${spread(load.staticFcp)} |`);
lines.push(`| widget | first contentful paint (the prerendered first view in ${load.pictured} of ${RUNS} runs) | ${ms(median(load.widgetFcp))} | ${spread(load.widgetFcp)} |`);
lines.push(`| widget | \`parallax:ready\` (the live widget rendered, usable) | ${ms(median(load.widgetReady))} | ${spread(load.widgetReady)} |`);
lines.push('');
lines.push(`Ratio of medians to the static page's first paint: comparison on screen **${ratio.toFixed(2)}**, widget usable **${readyRatio.toFixed(2)}**.`);
lines.push('');
lines.push('### Outlet toggle latency');
lines.push('');
lines.push('| corpus | click → laid out, p50 | p95 | click → next frame, p50 | p95 |');
lines.push('| --- | ---: | ---: | ---: | ---: |');
for (const [name, r] of [['bundled (5 articles, 4 outlets)', small], ['synthetic (500 articles, 54 outlets)', large]]) {
  lines.push(
    `| ${name} | ${ms(quantile(r.laidOut, 0.5))} | ${ms(quantile(r.laidOut, 0.95))} | ${ms(quantile(r.frame, 0.5))} | ${ms(quantile(r.frame, 0.95))} |`,
  );
}
lines.push('');
lines.push('### Memory after load');
lines.push('');
lines.push('| corpus | wasm linear memory | JS heap used |');
lines.push('| --- | ---: | ---: |');
lines.push(`| bundled | ${mb(small.memory.wasm)} | ${mb(small.memory.heap)} |`);
lines.push(`| synthetic, 500 articles | ${mb(large.memory.wasm)} | ${mb(large.memory.heap)} |`);

lines.push('');
lines.push('### Remounts and resets (two-widget example, after a full garbage collection)');
lines.push('');
lines.push('| when | live wasm instances | their linear memory | JS heap used |');
lines.push('| --- | ---: | ---: | ---: |');
for (const [when, m] of remountRows) lines.push(`| ${when} | ${m.instances} | ${mb(m.wasm)} | ${mb(m.heap)} |`);

const markdown = lines.join('\n') + '\n';
writeFileSync(out, markdown);
console.log(markdown);
