// Parallax in host pages as newsrooms and course sites have them (issue 13):
// a page with keyboard shortcuts, a right-to-left page, a policy that blocks
// WebAssembly, frameworks that move and re-create elements, panics and
// resets, cross-site and sandboxed frames, the single file from disk, a
// browser without constructable stylesheets, and what the server sends.
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

/**
 * The number of live WebAssembly memories in the page after a full garbage
 * collection (one per live wasm instance), through the DevTools protocol.
 */
async function liveWasmMemories(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return result.value as number;
  } finally {
    await cdp.detach();
  }
}

/** The window's listeners of the given types, through the DevTools protocol. */
async function windowListeners(page: Page, types: string[]): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId! });
    return listeners.filter((listener) => types.includes(listener.type)).length;
  } finally {
    await cdp.detach();
  }
}

const storyNumber = (page: Page) => page.locator('#story-number');

test.describe('a host with keyboard shortcuts', () => {
  test('what is typed into the widget stays in it; keys it does not use reach the host', async ({ page }) => {
    await page.goto('/examples/newsroom-shortcuts.html');
    const reader = page.locator('parallax-reader#reader');
    const siteSearch = page.getByRole('searchbox', { name: 'Search the Ledger' });
    const box = reader.getByRole('searchbox', { name: 'Search articles and claims' });

    await box.click();
    await page.keyboard.type('seoul / kim');
    await expect(box).toHaveValue('seoul / kim');
    await expect(siteSearch).toHaveValue('');
    await expect(box).toBeFocused();
    // Arrow keys move the caret in the widget's field, not the host's pages.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(storyNumber(page)).toHaveText('3');
    // Enter searches inside the widget.
    await page.keyboard.press('Enter');
    await expect(reader.getByRole('heading', { name: /^Search/, level: 2 })).toBeVisible();
    await expect(siteSearch).not.toBeFocused();

    // The import form's fields too.
    await reader.getByRole('link', { name: 'Your articles' }).click();
    const text = reader.getByRole('textbox', { name: /Article text/ });
    await text.click();
    await page.keyboard.type('s/ jk');
    await expect(text).toHaveValue('s/ jk');
    await expect(siteSearch).toHaveValue('');
    await expect(storyNumber(page)).toHaveText('3');

    // A key the widget does not use, on one of its links, is the host's.
    await reader.getByRole('link', { name: 'Timeline' }).focus();
    await page.keyboard.press('/');
    await expect(siteSearch).toBeFocused();
    await page.keyboard.type('ledger');
    await expect(siteSearch).toHaveValue('ledger');
  });

  test('the arrow keys of "Compare a sentence" move within the widget only', async ({ page }) => {
    await page.goto('/examples/newsroom-shortcuts.html');
    const reader = page.locator('parallax-reader#reader');
    await reader.getByRole('link', { name: 'Read articles' }).click();
    await reader.getByRole('link', { name: /^What We Know About North Korea/ }).click();
    const toggle = reader.getByRole('button', { name: 'Compare a sentence' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const first = reader.getByRole('button', { name: /^Five months ago, the autocratic leaders/ });
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(reader.getByRole('button', { name: /^Now, North Korea’s leader/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(storyNumber(page)).toHaveText('3');
    // Space picks the sentence in the widget and scrolls nothing of the host's.
    await page.keyboard.press(' ');
    await expect(reader.getByRole('complementary', { name: 'How do other outlets report this?' })).toBeVisible();
    await expect(storyNumber(page)).toHaveText('3');
  });
});

test.describe('a right-to-left host', () => {
  test('the interface stays left to right; Arabic and Hebrew text reads right to left', async ({ page }) => {
    await page.goto('/examples/rtl-host.html');
    const coastal = page.locator('parallax-reader#coastal');
    const bundled = page.locator('parallax-reader#bundled');
    const row = coastal.getByRole('row', { name: /How much water will the plant produce a day\?/ });
    await expect(row).toContainText('Differs');

    for (const widget of [coastal, bundled]) {
      await expect(widget.locator('.px-root')).toHaveCSS('direction', 'ltr');
    }
    // Columns run left to right in the order of their headers.
    const headers = coastal.getByRole('columnheader');
    await expect(headers).toHaveCount(5);
    const xs = await headers.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The question's mark stays at its end: the row header is left to right.
    await expect(row.getByRole('rowheader')).toHaveCSS('direction', 'ltr');

    // Each quote takes its own language's direction.
    const arabic = coastal.locator('blockquote', { hasText: 'قالت وزارة المياه' });
    const hebrew = coastal.locator('blockquote', { hasText: 'לדברי המפעיל' });
    const english = coastal.locator('blockquote', { hasText: 'The plant will produce' });
    await expect(arabic).toHaveCSS('direction', 'rtl');
    await expect(hebrew).toHaveCSS('direction', 'rtl');
    await expect(english).toHaveCSS('direction', 'ltr');
    // Right to left means right-aligned: the quote's text hugs its cell's right edge.
    const [text, cell] = await arabic.evaluate((quote) => {
      const range = document.createRange();
      range.selectNodeContents(quote);
      return [range.getBoundingClientRect().right, quote.getBoundingClientRect().right];
    });
    expect(cell - text).toBeLessThan(24);

    // The article reads right to left inside the left-to-right reader.
    await arabic.getByRole('link').click();
    const heading = coastal.getByRole('heading', { name: 'افتتاح محطة تحلية المياه الجديدة على الساحل', level: 2 });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveCSS('direction', 'rtl');
    await expect(coastal.locator('[data-block="0"]')).toHaveCSS('direction', 'rtl');
    await expect(coastal.locator('[data-block="1"]')).toContainText('150 ألف متر مكعب');
    await expect(coastal.locator('[data-block="1"]')).toHaveCSS('direction', 'rtl');
    await expect(coastal.getByRole('link', { name: 'Compare claims' })).toHaveCSS('direction', 'ltr');

    // The chart's labels are inside its box, not clipped by a mirrored layout.
    await bundled.getByRole('img').first().scrollIntoViewIfNeeded();
    const clipped = await bundled.locator('svg text').evaluateAll((labels) =>
      labels.filter((label) => {
        const svg = label.closest('svg')!.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return box.left < svg.left - 1 || box.right > svg.right + 1;
      }).length,
    );
    expect(clipped).toBe(0);
  });
});

test('a policy that blocks WebAssembly: the host\'s fallback stays, with one plain sentence', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto('/examples/no-wasm-policy.html');
  expect(response!.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  const widget = page.locator('parallax-reader');
  await expect(widget.getByRole('status')).toHaveText(
    "This page's security policy blocks WebAssembly, so the Parallax reader cannot run here.",
  );
  await expect(widget.getByRole('link', { name: 'Read how outlets report the troop numbers' })).toBeVisible();
  await expect.poll(() => errors.some((text) => text.includes("Add 'wasm-unsafe-eval' to the script-src directive"))).toBe(true);
});

test.describe('frameworks, remounts and resets', () => {
  test('a widget moved within the page keeps its view and its instance', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    await own.getByRole('link', { name: 'Timeline' }).click();
    await expect(own.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    const before = await liveWasmMemories(page);
    expect(before).toBe(2);
    // As a framework does when it re-renders: out and back in, ten times.
    await page.evaluate(() => {
      const element = document.querySelector('#own')!;
      for (let i = 0; i < 10; i++) {
        element.remove();
        document.body.append(element);
      }
    });
    await expect(own.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await expect(own.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
    expect(await liveWasmMemories(page)).toBe(before);
  });

  test('30 widgets created and removed leave no instance behind', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    await expect(page.locator('parallax-reader#own').getByRole('button', { name: 'Valley Radio (example)', exact: true })).toBeVisible();
    await page.evaluate(async () => {
      // Waits for a condition, frame by frame (never for a time).
      const until = (condition: () => boolean) =>
        new Promise<void>((resolve) => {
          const check = () => (condition() ? resolve() : requestAnimationFrame(check));
          check();
        });
      type Reader = HTMLElement & { widget: unknown };
      for (let i = 0; i < 30; i++) {
        const element = document.createElement('parallax-reader') as Reader;
        element.setAttribute('claim', 'troops-in-russia');
        document.body.append(element);
        await until(() => element.widget !== null && element.shadowRoot?.querySelector('.px-root') !== null);
        element.remove();
        await until(() => element.widget === null);
      }
    });
    // The two widgets of the page, and at most one spare kept for the next.
    expect(await liveWasmMemories(page)).toBeLessThanOrEqual(3);
  });

  test('ten panics and resets release each stopped instance and its listeners', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/examples/two-instances.html');
    const bundled = page.locator('parallax-reader#bundled');
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
    await expect(page.locator('parallax-reader#own').getByRole('button', { name: 'Valley Radio (example)', exact: true })).toBeVisible();
    const printListeners = ['beforeprint', 'afterprint'];
    const listenersBefore = await windowListeners(page, printListeners);
    expect(listenersBefore).toBeGreaterThan(0);

    for (let i = 0; i < 10; i++) {
      await bundled.evaluate((element) => {
        try {
          (element as unknown as { widget: { simulatePanic(): void } }).widget.simulatePanic();
        } catch {
          // The trap surfaces here, as in a host's handler.
        }
      });
      const reset = bundled.getByRole('button', { name: 'Reset the widget' });
      await expect(reset).toBeFocused();
      // The stopped instance no longer listens to the window.
      expect(await windowListeners(page, printListeners)).toBeLessThan(listenersBefore);
      await reset.click();
      await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
      await expect(bundled.getByRole('alert')).toHaveCount(0);
    }
    expect(await windowListeners(page, printListeners)).toBe(listenersBefore);
    expect(await liveWasmMemories(page)).toBeLessThanOrEqual(3);
    // Printing and resizing after all that call into no stopped instance.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 500, height: 700 });
    await page.emulateMedia({ media: 'screen' });
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('frames', () => {
  /**
   * Opens the iframe example with its frame replaced by a new one that loads
   * `src` (in `sandbox`, if given) from the start. (Setting the example
   * frame's `src` while its first page still loaded raced: one run in twenty
   * the frame, now out of process, never showed up to the test. Serving an
   * edited example through `page.route` does not work either: the browser
   * then takes the host for a public site and blocks its frame from
   * 127.0.0.1, by local network access checks.)
   */
  async function openFramed(page: Page, host: string, frame: { src: string; sandbox?: string }) {
    await page.goto(host);
    await page.locator('iframe[data-parallax]').evaluate((old, { src, sandbox }) => {
      const replacement = old.cloneNode(false) as HTMLIFrameElement;
      if (sandbox) replacement.setAttribute('sandbox', sandbox);
      replacement.src = src;
      old.replaceWith(replacement);
    }, frame);
  }

  test('in a cross-site frame, where the browser refuses storage, the widget works and says its choices are not kept', async ({ page, baseURL }) => {
    // localhost and 127.0.0.1 are different sites to the browser; Chromium
    // refuses `localStorage` to a third-party frame (third-party storage
    // blocked), so the widget must run without it and say so.
    const host = new URL('/examples/iframe.html', baseURL!.replace('127.0.0.1', 'localhost')).href;
    await openFramed(page, host, { src: new URL('/index.html?view=timeline', baseURL!).href });
    const inside = page.frameLocator('iframe[data-parallax]');
    await expect(inside.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await expect(inside.getByRole('status').filter({ hasText: 'This browser does not let Parallax keep your choices' })).toBeVisible();
    await inside.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(inside.locator('.px-root')).toHaveAttribute('data-theme', 'dark');
    await inside.getByRole('button', { name: 'Kontur', exact: true }).click();
    await expect(inside.getByRole('button', { name: 'Kontur', exact: true })).toHaveAttribute('aria-pressed', 'false');
    // The frame still sizes itself through its parent.
    await expect.poll(async () => (await page.locator('iframe[data-parallax]').boundingBox())!.height).toBeGreaterThan(480);
  });

  test('in a sandboxed frame without same-origin the widget runs and says its choices are not kept', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openFramed(page, new URL('/examples/iframe.html', baseURL!).href, {
      src: '../index.html?view=timeline',
      sandbox: 'allow-scripts',
    });
    const inside = page.frameLocator('iframe[data-parallax]');
    await expect(inside.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await expect(inside.getByRole('status').filter({ hasText: 'This browser does not let Parallax keep your choices' })).toBeVisible();
    await inside.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(inside.locator('.px-root')).toHaveAttribute('data-theme', 'dark');
    // The page's own stylesheet applies too (an integrity check on it would
    // be refused in a frame with an opaque origin).
    await expect(inside.locator('body')).toHaveCSS('margin-top', '0px');
    expect(errors).toEqual([]);
  });
});

test('the single file from disk with ?src= says why it cannot read the file, and what to do', async ({ page }) => {
  const file = fileURLToPath(new URL('../../dist/parallax.html', import.meta.url));
  await page.goto(`file://${file}?src=examples/corpora/town-budget.json`);
  const problem = page.getByRole('alert');
  await expect(problem).toContainText('The corpus at examples/corpora/town-budget.json could not be loaded.');
  await expect(problem).toContainText('a page opened from disk cannot read other files');
  await expect(problem).toContainText('Your articles');
});

test('a browser without constructable stylesheets still styles the widget', async ({ page }) => {
  await page.addInitScript(() => {
    // As in browsers before constructable stylesheets.
    window.CSSStyleSheet = class {
      constructor() {
        throw new TypeError('Illegal constructor');
      }
    } as unknown as typeof CSSStyleSheet;
  });
  await page.goto('/examples/two-instances.html');
  const bundled = page.locator('parallax-reader#bundled');
  await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
  await expect(bundled.locator('.px-root')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  await expect(bundled.locator('.px-root')).toHaveCSS('font-size', '16px');
});

test.describe('what the server sends', () => {
  test('the bundle precompressed, brotli first, with Vary', async ({ page }) => {
    const wasm = page.waitForResponse((response) => response.url().endsWith('/parallax_bg.wasm'));
    await page.goto('/');
    const response = await wasm;
    const headers = await response.allHeaders();
    expect(headers['content-encoding']).toBe('br');
    expect(headers['vary']).toBe('Accept-Encoding');
    await expect(page.getByRole('table')).toBeVisible();
    const sizes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('/parallax_bg.wasm'))
        .map((entry) => ({ encoded: entry.encodedBodySize, decoded: entry.decodedBodySize })),
    );
    expect(sizes).toHaveLength(1);
    expect(sizes[0].encoded).toBeLessThan(sizes[0].decoded / 2);
  });

  test('a client that accepts only gzip, or nothing, gets that', async ({ request }) => {
    const gzip = await request.get('/parallax.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
    expect(await gzip.text()).toContain('export function makeBindings()');
    const plain = await request.get('/parallax.js', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(await plain.text()).toContain('export function makeBindings()');
  });
});


// Found by trying the widget in host pages written for the purpose (a
// course site's 300px sidebar, a dark widget printed, a host's focus trap, a
// policy from another origin, a mistyped claim id).
test.describe('what hosts ran into', () => {
  test('in a 300px sidebar nothing sticks out of the widget', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    await own.evaluate((element) => {
      (element as HTMLElement).style.width = '300px';
    });
    const search = own.getByRole('button', { name: 'Search', exact: true });
    await expect(search).toBeVisible();
    const [widget, button] = await Promise.all([own.boundingBox(), search.boundingBox()]);
    expect(button!.x + button!.width).toBeLessThanOrEqual(widget!.x + widget!.width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });

  for (const [how, theme, colorScheme] of [
    ['chosen dark', 'dark', 'light'],
    ['following a dark system', 'auto', 'dark'],
  ] as const) {
    test(`a widget ${how} prints dark on white`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/?theme=${theme}`);
      await expect(page.getByRole('table')).toBeVisible();
      await page.emulateMedia({ colorScheme, media: 'print' });
      const root = page.locator('.px-root');
      await expect(root).toHaveCSS('background-color', 'rgb(255, 255, 255)');
      await expect(root).toHaveCSS('color', 'rgb(0, 0, 0)');
      // The agreement badges keep the light theme's dark colours.
      await expect(page.locator('.px-status').first()).toHaveCSS('color', /rgb\((154, 44, 24|31, 107, 58|85, 88, 94)\)/);
    });
  }

  test('focus() on the element focuses its first control', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    await expect(own.getByRole('searchbox', { name: 'Search articles and claims' })).toBeVisible();
    await own.evaluate((element) => (element as HTMLElement).focus());
    await expect(own.getByRole('searchbox', { name: 'Search articles and claims' })).toBeFocused();
  });

  test('mount() without an element says so', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const message = await page.evaluate(async () => {
      const { mount } = await import('/parallax-reader.js');
      return mount(null).then(
        () => 'mounted',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    });
    expect(message).toBe('TypeError: Parallax mount(element, options): element must be an element of the page');
  });

  test('a claim id the corpus lacks is named as such', async ({ page }) => {
    await page.goto('/#/claim/no-such-claim');
    await expect(page.getByText('This corpus has no claim with the id “no-such-claim”.')).toBeVisible();
  });

  test('a policy from another origin that leaves the widget out of connect-src is named', async ({ page, baseURL }) => {
    // The host and the widget's files on two origins of their own, both
    // answered inside the test (the widget's files from the test server):
    // nothing leaves the machine. Chromium forbids a page on localhost to
    // load from 127.0.0.1 (local network access), hence names.
    const widgetOrigin = 'http://widgets.example';
    await page.route(`${widgetOrigin}/**`, async (route) => {
      const response = await route.fetch({ url: route.request().url().replace(widgetOrigin, baseURL!) });
      await route.fulfill({ response });
    });
    await page.route('http://news.example/host.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: {
          'Content-Security-Policy': `default-src 'self'; script-src 'self' ${widgetOrigin} 'wasm-unsafe-eval'; style-src 'self'`,
        },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${widgetOrigin}/parallax-reader.js"></script></head>
<body><main><parallax-reader><p><a href="${widgetOrigin}/">The comparison on its own page</a></p></parallax-reader></main></body></html>`,
      }),
    );
    await page.goto('http://news.example/host.html');
    const widget = page.locator('parallax-reader');
    await expect(widget.getByRole('status')).toContainText(`its connect-src must allow ${widgetOrigin}`);
    await expect(widget.getByRole('link', { name: 'The comparison on its own page' })).toBeVisible();
  });
});
