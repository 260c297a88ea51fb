// The full page's first view, rendered at build time (src/prerender.rs):
// painted before the wasm arrives, never seen to change when the widget
// replaces it, and shown only where the widget will render exactly it.
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

// Playwright's own PNG reader (its pinned dependency), to compare pixels.
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } };
};

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/parallax_bg.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The share of pixels that differ between two screenshots of one size. */
function differingShare(a: Buffer, b: Buffer): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  expect([second.width, second.height]).toEqual([first.width, first.height]);
  let differing = 0;
  for (let i = 0; i < first.data.length; i += 4) {
    if (first.data[i] !== second.data[i] || first.data[i + 1] !== second.data[i + 1] || first.data[i + 2] !== second.data[i + 2]) {
      differing += 1;
    }
  }
  return differing / (first.width * first.height);
}

/**
 * The markup of the snapshot's `.px-root` in the layout `variant`, read
 * through the DevTools protocol (it is in a closed shadow root, out of reach
 * of page scripts and locators).
 */
async function snapshotMarkup(page: Page, variant: 'table' | 'cards'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type DomNode = { nodeId: number; localName?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const wanted = `px-mount px-first-${variant}`;
    const find = (node: DomNode): DomNode | undefined => {
      const attributes = node.attributes ?? [];
      const classIndex = attributes.indexOf('class');
      if (classIndex >= 0 && attributes[classIndex + 1] === wanted) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const layout = find(root);
    expect(layout, `the snapshot's ${variant} layout`).toBeDefined();
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: layout!.children![0].nodeId });
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

/** The live widget's `.px-root` markup, as the snapshot's would read. */
async function liveMarkup(page: Page): Promise<string> {
  const html = await page.locator('#parallax').evaluate((host) => host.shadowRoot!.querySelector('.px-mount > .px-root')!.outerHTML);
  return html;
}

/** The page's ready mark (the widget's first view rendered). */
async function ready(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('parallax:ready').length > 0);
}

for (const { width, scheme, variant } of [
  { width: 1280, scheme: 'light', variant: 'table' },
  { width: 360, scheme: 'dark', variant: 'cards' },
] as const) {
  test(`at ${width}px, ${scheme}: the comparison is painted before the wasm arrives and does not change when the widget takes over`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const release = await holdWasm(page);
    await page.goto('/');

    // The picture is shown, the loading line is not, and nothing in the
    // picture can be reached: no heading by role, no focusable control.
    const picture = page.locator('.px-first-view');
    await expect(picture).toBeVisible();
    // The loading line is read out under the picture but not shown. (The
    // page's own, for browsers without declarative shadow roots, is never
    // rendered once the shadow root exists.)
    const loadingLine = page.getByText('Loading Parallax…').filter({ visible: true });
    await expect(loadingLine).toHaveCount(1);
    expect((await loadingLine.boundingBox())!.height).toBeLessThanOrEqual(1);
    const tree = await page.getByRole('main').ariaSnapshot();
    expect(tree).toContain('Loading Parallax…');
    expect(tree).not.toContain('Claims side by side');
    await expect(picture).toHaveAttribute('inert', '');
    await expect(picture).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('heading', { name: 'Claims side by side' })).toHaveCount(0);
    await page.evaluate(() => document.fonts.ready);
    const before = await page.screenshot();
    const pictured = await snapshotMarkup(page, variant);
    // (After the screenshot: a key pressed on the picture shows the
    // loading line.)
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // Every frame from now shows the picture or the widget, never neither
    // and never both.
    await page.evaluate(() => {
      const root = document.querySelector('#parallax')!.shadowRoot!;
      const frames: string[] = [];
      (window as unknown as { frames_: string[] }).frames_ = frames;
      const record = () => {
        const first = root.querySelector('.px-first-view') !== null;
        const live = root.querySelector('.px-mount > .px-root') !== null;
        frames.push(first && live ? 'both' : first ? 'picture' : live ? 'widget' : 'neither');
        if (performance.getEntriesByName('parallax:ready').length === 0 || frames.at(-1) !== 'widget') {
          requestAnimationFrame(record);
        }
      };
      requestAnimationFrame(record);
    });
    release();
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
    await expect(picture).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { frames_: string[] }).frames_.at(-1))).toBe('widget');
    const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
    expect(frames.filter((frame) => frame !== 'picture' && frame !== 'widget')).toEqual([]);

    // The same markup (the search box's empty value is an attribute in the
    // picture and a property in the widget)...
    expect(pictured.replace(' value=""', '')).toBe(await liveMarkup(page));
    // ...and the same pixels, but for text antialiasing (a few dozen pixels;
    // one changed word would be hundreds).
    const after = await page.screenshot();
    expect(differingShare(before, after)).toBeLessThan(0.0005);
  });
}

test('a reader who tries to use the picture before the widget runs is told it is loading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('.px-first-view')).toBeVisible();
  const loading = page.getByText('Loading Parallax…').filter({ visible: true });
  expect((await loading.boundingBox())!.height).toBeLessThanOrEqual(1);

  // A click on an outlet's button in the picture does nothing but show the
  // loading line, whole, inside the window.
  await page.mouse.click(640, 300);
  await expect.poll(async () => (await loading.boundingBox())?.height ?? 0).toBeGreaterThan(16);
  const box = (await loading.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(box.y).toBeGreaterThan(400);
  await expect(page.getByRole('main')).toContainText('Loading Parallax…');

  // The widget takes over: the line goes, the comparison answers.
  release();
  await ready(page);
  await expect(loading).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
});

test('a key pressed on the picture shows the loading line too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('.px-first-view')).toBeVisible();
  const loading = page.getByText('Loading Parallax…').filter({ visible: true });
  await page.keyboard.press('Space');
  await expect.poll(async () => (await loading.boundingBox())?.height ?? 0).toBeGreaterThan(16);
  const box = (await loading.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  release();
  await ready(page);
  await expect(loading).toHaveCount(0);
});

test.describe('on a phone', () => {
  // Lighthouse's phone: a mobile viewport at a device pixel ratio of 1.75.
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });

  test('the picture, not the widget that replaces it, is recorded as the page’s largest contentful paint', async ({ page }) => {
    // The largest element is a card's explanation, the same in the picture
    // and in the widget. Chromium reports a paint's largest element only at
    // a later paint; unless the page repaints while the picture is shown, the
    // widget's render is taken for the page's LCP.
    // Every LCP entry's time, and how many the browser had recorded when the
    // widget asked for its wasm (read in the same task as the request: a new
    // observer's buffered entries are in its records at once).
    await page.addInitScript(() => {
      const state = window as unknown as { lcp_: number[]; lcpAtWasm_?: number };
      state.lcp_ = [];
      const type = 'largest-contentful-paint';
      new PerformanceObserver((list) => state.lcp_.push(...list.getEntries().map((entry) => entry.startTime))).observe({ type, buffered: true });
      const fetch = window.fetch;
      window.fetch = function (input, init) {
        const url = input instanceof Request ? input.url : String(input);
        if (url.endsWith('/parallax_bg.wasm') && state.lcpAtWasm_ === undefined) {
          const recorded = new PerformanceObserver(() => {});
          recorded.observe({ type, buffered: true });
          state.lcpAtWasm_ = recorded.takeRecords().length;
          recorded.disconnect();
        }
        return fetch.call(this, input, init);
      };
    });
    await page.goto('/');
    await ready(page);
    const atWasm = await page.evaluate(() => (window as unknown as { lcpAtWasm_?: number }).lcpAtWasm_);
    expect(atWasm, 'LCP entries when the wasm was asked for').toBeGreaterThan(0);
    // Two frames after the widget's first render: had it been taken for the
    // largest paint, its entry would be in by then.
    const { lcp, readyAt } = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
      return {
        lcp: (window as unknown as { lcp_: number[] }).lcp_,
        readyAt: performance.getEntriesByName('parallax:ready')[0].startTime,
      };
    });
    expect(lcp.every((time) => time < readyAt), `LCP entries at ${lcp.join(', ')} ms, ready at ${readyAt} ms`).toBe(true);
});
});

test('with a saved choice, options in the address or in a frame, the page says it is loading instead', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdWasm(page);
  const loading = page.getByText('Loading Parallax…').filter({ visible: true });
  const picture = page.locator('.px-first-view');

  // A theme picked on an earlier visit: the widget will not look like the
  // picture, so the picture is not shown.
  await page.goto('/');
  await expect(picture).toBeVisible();
  await page.evaluate(() => localStorage.setItem('parallax.theme', 'dark'));
  await page.reload();
  await expect(loading).toBeVisible();
  await expect(picture).toBeHidden();
  await page.evaluate(() => localStorage.clear());

  // Another view in the address.
  await page.goto('/#/timeline');
  await expect(loading).toBeVisible();
  await expect(picture).toBeHidden();

  // Options in the query.
  await page.goto('/?outlets=kontur');
  await expect(loading).toBeVisible();
  await expect(picture).toBeHidden();

  // The page in a frame sizes to its content, unlike the picture.
  await page.goto('/examples/iframe.html');
  const framed = page.frameLocator('iframe[data-parallax]');
  await expect(framed.getByText('Loading Parallax…').filter({ visible: true })).toBeVisible();
  await expect(framed.locator('.px-first-view')).toBeHidden();

  release();
  await page.goto(new URL('/#/timeline', baseURL).href);
  await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
  await expect(loading).toHaveCount(0);
});

test('with a larger default font, the widget starts in the layout the picture chose, even on a slow phone', async ({ page }) => {
  // At 900px and a 20px default font, 48em is 960px: the picture shows the
  // cards. The widget's first render must too (a guess from the window's
  // width at 16px would build the table, and a slow first render can be
  // painted before its resize observer corrects it).
  await page.setViewportSize({ width: 900, height: 800 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('.px-first-view')).toBeVisible();
  expect(await snapshotMarkup(page, 'cards')).not.toContain('<table');
  await page.evaluate(() => {
    const root = document.querySelector('#parallax')!.shadowRoot!;
    const frames: string[] = [];
    (window as unknown as { frames_: string[] }).frames_ = frames;
    const record = () => {
      const live = root.querySelector('.px-mount > .px-root');
      frames.push(live === null ? 'picture' : live.querySelector('table') ? 'table' : 'cards');
      if (performance.getEntriesByName('parallax:ready').length === 0 || frames.at(-1) === 'picture') {
        requestAnimationFrame(record);
      }
    };
    requestAnimationFrame(record);
  });
  release();
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { frames_: string[] }).frames_.at(-1))).not.toBe('picture');
  const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
  expect(frames.filter((frame) => frame === 'table')).toEqual([]);
  await expect(page.getByRole('table')).toHaveCount(0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
