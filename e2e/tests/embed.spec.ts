// Parallax inside other people's pages: the <parallax-reader> element, the
// JS API, the iframe mode, hostile host CSS, a strict CSP, a host's own
// corpus (and a broken one), and the single-file build opened from disk.
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';

const pressed = (widget: Locator, outlet: string) =>
  widget.getByRole('button', { name: outlet, exact: true });

/** Records `securitypolicyviolation` events from the first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test.describe('two instances on one page', () => {
  test('both render and keep their own outlets and views, without touching the address', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const bundled = page.locator('parallax-reader#bundled');
    const own = page.locator('parallax-reader#own');

    // The first opens the claim with the outlets its attributes name.
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
    await expect(pressed(bundled, 'Kontur')).toHaveAttribute('aria-pressed', 'true');
    await expect(pressed(bundled, 'The National Interest')).toHaveAttribute('aria-pressed', 'false');
    // The second shows the host's own corpus.
    await expect(own.getByText("Example corpus (invented articles): Riverside's library budget vote")).toBeVisible();
    await expect(own.getByRole('row', { name: /How much will the new library cost\?/ })).toContainText('Differs');

    // Toggling in one leaves the other alone.
    await pressed(own, 'Valley Radio (example)').click();
    await expect(pressed(own, 'Valley Radio (example)')).toHaveAttribute('aria-pressed', 'false');
    await expect(pressed(bundled, 'Kontur')).toHaveAttribute('aria-pressed', 'true');
    await expect(pressed(bundled, 'The New York Times')).toHaveAttribute('aria-pressed', 'true');

    await pressed(bundled, 'The New York Times').click();
    await expect(pressed(bundled, 'The New York Times')).toHaveAttribute('aria-pressed', 'false');
    await expect(pressed(own, 'Riverside Courier (example)')).toHaveAttribute('aria-pressed', 'true');

    // Views are the instance's own: the host's address never changes.
    await bundled.getByRole('link', { name: 'Timeline' }).click();
    await expect(bundled.getByRole('heading', { name: 'Timeline', level: 2 })).toBeFocused();
    await expect(own.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    // Embedded instances remember nothing unless the host names them.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test("the widget's styles stay inside it", async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    await expect(page.locator('parallax-reader#bundled').getByRole('heading', { name: 'Parallax' })).toBeVisible();
    // The host's headings keep the host's font; the widget's (which use the
    // system font) do not become the host's.
    await expect(page.getByRole('heading', { name: 'Two widgets, one page' })).toHaveCSS('font-family', 'Georgia, serif');
    const widgetTitle = page.locator('parallax-reader#bundled').getByRole('heading', { name: 'Parallax' });
    await expect(widgetTitle).not.toHaveCSS('font-family', 'Georgia, serif');
    // No stylesheet was added to the host document.
    expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href?.split('/').pop()))).toEqual([
      'host.css',
    ]);
  });

  test('changing an attribute after mount takes effect', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const bundled = page.locator('parallax-reader#bundled');
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();

    await bundled.evaluate((element) => element.setAttribute('theme', 'dark'));
    await expect(bundled.locator('.px-root')).toHaveAttribute('data-theme', 'dark');
    await expect(bundled.locator('.px-root')).toHaveCSS('background-color', 'rgb(21, 23, 26)');

    await bundled.evaluate((element) => {
      element.setAttribute('outlets', 'the-national-interest,abc-news-au');
      element.setAttribute('claim', 'north-korean-army');
    });
    await expect(bundled.getByRole('row', { name: /How large is North Korea's military\?/ })).toBeVisible();
    await expect(pressed(bundled, 'ABC News (Australia)')).toHaveAttribute('aria-pressed', 'true');
    await expect(pressed(bundled, 'Kontur')).toHaveAttribute('aria-pressed', 'false');

    await bundled.evaluate((element) => {
      element.removeAttribute('claim');
      element.setAttribute('view', 'timeline');
    });
    await expect(bundled.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
  });

  test('a broken src shows its error inside that widget only', async ({ page }) => {
    await page.route('**/corpora/town-budget.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{ "format": 1, "outlets": [{ "id": "x" }], "articles": [] }' }),
    );
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    const bundled = page.locator('parallax-reader#bundled');
    const alert = own.getByRole('alert');
    await expect(alert).toContainText('corpora/town-budget.json is not a valid format-1 corpus');
    await expect(alert).toContainText('outlets[0]');
    await expect(alert).toContainText('name');
    // The other instance and the host page work on.
    await expect(bundled.getByRole('alert')).toHaveCount(0);
    await pressed(bundled, 'Kontur').click();
    await expect(pressed(bundled, 'Kontur')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('heading', { name: "Riverside's library budget" })).toBeVisible();
  });

  test('a src that cannot be loaded keeps the corpus shown before and says why', async ({ page }) => {
    await page.goto('/examples/two-instances.html');
    const own = page.locator('parallax-reader#own');
    await expect(pressed(own, 'Valley Radio (example)')).toBeVisible();

    await own.evaluate((element) => element.setAttribute('src', 'corpora/missing.json'));
    const alert = own.getByRole('alert');
    await expect(alert).toContainText('corpora/missing.json could not be loaded');
    await expect(alert).toContainText('404');
    await expect(pressed(own, 'Valley Radio (example)')).toBeVisible();
    await expect(page.locator('parallax-reader#bundled').getByRole('alert')).toHaveCount(0);
  });
});

test('hostile host CSS: the widget works and the host keeps its own styles', async ({ page }) => {
  await page.goto('/examples/hostile-css.html');
  const widget = page.locator('parallax-reader');
  const kontur = pressed(widget, 'Kontur');
  await expect(kontur).toBeVisible();
  await kontur.click();
  await expect(kontur).toHaveAttribute('aria-pressed', 'false');
  await expect(widget.getByRole('row', { name: /How many North Korean troops are in Russia now\?/ })).toContainText(
    'Differs',
  );

  // `html { font-size: 40px }` does not reach it; its text is not the host's.
  const title = widget.getByRole('heading', { name: 'Parallax' });
  const size = await title.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeLessThan(30);
  await expect(widget.locator('.px-root')).not.toHaveCSS('font-family', /Comic Sans/);
  await expect(widget.locator('.px-root')).toHaveCSS('background-color', /rgb\((251|21)/);

  // The host's own elements keep the host's styles.
  await expect(page.getByRole('heading', { name: 'A page whose CSS resets everything' })).toHaveCSS(
    'color',
    'rgb(200, 0, 0)',
  );
  await expect(page.locator('.host-button')).toBeHidden();
});

test.describe('strict Content-Security-Policy', () => {
  test('the page is served with the policy and the widget runs with zero violations', async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto('/examples/strict-csp.html');
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
    const widget = page.locator('#widget');
    // Mounted from code (the JS API) at the view it asked for, styled.
    await expect(widget.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await expect(widget.locator('.px-root')).toHaveCSS('display', 'block');
    await pressed(widget, 'Kontur').click();
    await expect(pressed(widget, 'Kontur')).toHaveAttribute('aria-pressed', 'false');

    // update() and destroy() from the host's code.
    await page.getByRole('button', { name: 'Switch the widget to dark' }).click();
    await expect(widget.locator('.px-root')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Remove the widget' }).click();
    await expect(page.getByText('The widget was removed.')).toBeVisible();
    await expect(page.locator('.px-root')).toHaveCount(0);

    expect(await violations(page)).toEqual([]);
  });

  test('the full page runs under the policy with Trusted Types required, through every view', async ({ page }) => {
    await recordViolations(page);
    // The same policy plus Trusted Types: no script may reach an HTML sink.
    const policy =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
      "require-trusted-types-for 'script'; trusted-types 'none'";
    await page.route(/\/(\?.*)?(#.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
    await pressed(page.locator('#parallax'), 'Kontur').click();
    for (const [tab, ready] of [
      ['Read articles', '.px-articles'],
      ['Side by side', '.px-column'],
      ['Timeline', '.px-timeline'],
      ['Your articles', '.px-import'],
      ['Compare claims', '.px-compare'],
    ]) {
      await page.getByRole('link', { name: tab }).click();
      await expect(page.locator(ready).first()).toBeVisible();
    }
    await page.getByRole('searchbox').fill('Pyongyang will send ten thousand soldiers by December');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'How do other outlets report this?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    // The policy is live: a string reaching an HTML sink is refused.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toBe(true);
    await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('require-trusted-types-for'));
  });

  test('the violation probe is live: an inline style attribute is reported', async ({ page }) => {
    await recordViolations(page);
    await page.goto('/examples/strict-csp.html');
    await expect(page.locator('#widget').getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('style-src'));
  });
});

test('iframe mode: the host sizes the frame to the content as it changes', async ({ page }) => {
  await page.goto('/examples/iframe.html');
  const frame = page.locator('iframe[data-parallax]');
  const inside = page.frameLocator('iframe[data-parallax]');
  await expect(inside.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  // The URL parameters were applied: three outlets, ABC's shown.
  await expect(pressed(inside.locator('body'), 'The National Interest')).toHaveAttribute('aria-pressed', 'false');

  const contentHeight = () =>
    inside.locator('#parallax').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  const frameHeight = () => frame.evaluate((element) => element.clientHeight);

  const tall = await contentHeight();
  expect(tall).toBeGreaterThan(1000);
  await expect.poll(frameHeight).toBe(tall);

  // Fewer claims: the content shrinks, and so does the frame.
  await inside.getByRole('combobox', { name: 'Agreement' }).selectOption('differs');
  await expect.poll(contentHeight).toBeLessThan(tall);
  const short = await contentHeight();
  await expect.poll(frameHeight).toBe(short);
  // The frame's own address holds its view; the host's does not change.
  expect(new URL(page.url()).hash).toBe('');
});

test('the single-file build works from disk with no network', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const file = fileURLToPath(new URL('../../dist/parallax.html', import.meta.url));
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { name: 'Claims side by side' })).toBeVisible();
  await expect(page.getByRole('row', { name: /How many North Korean troops are in Russia now\?/ })).toContainText(
    'Differs',
  );
  await page.getByRole('button', { name: 'ABC News (Australia)', exact: true }).click();
  await expect(page.getByRole('row', { name: /How many North Korean troops are in Russia now\?/ })).toContainText(
    'Consistent',
  );
  // Deep links work from disk too.
  await page.getByRole('link', { name: 'Timeline' }).click();
  expect(new URL(page.url()).hash).toBe('#/timeline?outlets=the-national-interest%2Ckontur%2Cthe-new-york-times');
  expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
});

test.describe('a panic', () => {
  test('stops only that widget, which says so and resets; the page and the other widget go on', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/examples/two-instances.html');
    const bundled = page.locator('parallax-reader#bundled');
    const own = page.locator('parallax-reader#own');
    await expect(own.getByRole('button', { name: 'Valley Radio (example)', exact: true })).toBeVisible();
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();

    // The trap surfaces in the caller as a RuntimeError, as it would in a
    // host's event handler.
    const thrown = await bundled.evaluate((element) => {
      try {
        (element as unknown as { widget: { simulatePanic(): void } }).widget.simulatePanic();
        return 'nothing';
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown).toMatch(/unreachable/);
    const panel = bundled.getByRole('alert');
    await expect(panel).toContainText('Parallax stopped working.');
    await expect(panel).toContainText('a panic simulated through simulatePanic()');
    const reset = panel.getByRole('button', { name: 'Reset the widget' });
    await expect(reset).toBeFocused();

    // The other widget and the host page are unaffected.
    await expect(own.getByRole('alert')).toHaveCount(0);
    await own.getByRole('button', { name: 'Valley Radio (example)', exact: true }).click();
    await expect(own.getByRole('button', { name: 'Valley Radio (example)', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('heading', { name: 'Two widgets, one page' })).toBeVisible();

    await reset.click();
    await expect(bundled.getByRole('alert')).toHaveCount(0);
    await expect(bundled.getByRole('heading', { name: 'One claim side by side' })).toBeVisible();
    await pressed(bundled, 'Kontur').click();
    await expect(pressed(bundled, 'Kontur')).toHaveAttribute('aria-pressed', 'false');
    // Nothing else went wrong in the page.
    expect(errors).toEqual([]);
  });

  test('in the full page, the panel resets the widget in place', async ({ page }) => {
    await page.goto('/#/timeline');
    await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await page.locator('#parallax').evaluate((element) => {
      try {
        (element as unknown as { parallax: { simulatePanic(): void } }).parallax.simulatePanic();
      } catch {
        // The trap, as above.
      }
    });
    await expect(page.getByRole('alert')).toContainText('Parallax stopped working.');
    await page.getByRole('button', { name: 'Reset the widget' }).click();
    await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
