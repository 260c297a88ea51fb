// What the widget finds in (or cannot get from) the browser's storage:
// corrupted or foreign values, storage disabled, storage full. Each time it
// starts with defaults, says what happened, and overwrites nothing it could
// not read until the reader changes that setting.
import { expect, test, type Page } from '@playwright/test';

const KEYS = ['parallax.hidden-outlets', 'parallax.theme', 'parallax.imports'];
const notice = (page: Page) => page.locator('.px-notice');
const toggle = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const TROOPS_NOW = 'How many North Korean troops are in Russia now?';

test('corrupted and foreign saved values are reported, not used, and left in place', async ({ page }) => {
  const garbage: Record<string, string> = {
    'parallax.hidden-outlets': '{"not": "a list"}',
    'parallax.theme': '"purple"',
    'parallax.imports': '<script>alert(1)</script>',
  };
  await page.goto('/');
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, garbage);
  await page.reload();

  await expect(notice(page)).toContainText('Your saved choice of outlets could not be read, so all outlets are shown.');
  await expect(notice(page)).toContainText("Your saved theme could not be read, so the system's is used.");
  await expect(notice(page)).toContainText('Your imported articles could not be read');
  // Defaults: every outlet shown, the system theme, no imports.
  for (const outlet of ['The National Interest', 'Kontur', 'ABC News (Australia)', 'The New York Times']) {
    await expect(toggle(page, outlet)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.locator('.px-root')).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.getByRole('row', { name: new RegExp(TROOPS_NOW) })).toContainText('Differs');

  // A reload changes nothing in storage; only the reader's own change does.
  await page.reload();
  await expect(notice(page)).toContainText('could not be read');
  expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), KEYS)).toEqual(
    KEYS.map((key) => garbage[key]),
  );
  await toggle(page, 'Kontur').click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('parallax.hidden-outlets'))).toBe('["kontur"]');
  expect(await page.evaluate(() => localStorage.getItem('parallax.theme'))).toBe('"purple"');
  expect(await page.evaluate(() => localStorage.getItem('parallax.imports'))).toBe('<script>alert(1)</script>');
});

test('with storage disabled the widget works and says choices last until the page closes', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(notice(page)).toContainText('This browser does not let Parallax keep your choices');
  await expect(notice(page)).toContainText('SecurityError');
  await toggle(page, 'ABC News (Australia)').click();
  await expect(toggle(page, 'ABC News (Australia)')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('row', { name: new RegExp(TROOPS_NOW) })).toContainText('Consistent');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('.px-root')).toHaveAttribute('data-theme', 'dark');
  expect(errors).toEqual([]);
});

test('with storage full, a change still applies and the reader is told it was not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(page.getByRole('row', { name: new RegExp(TROOPS_NOW) })).toContainText('Differs');
  await toggle(page, 'ABC News (Australia)').click();
  await expect(toggle(page, 'ABC News (Australia)')).toHaveAttribute('aria-pressed', 'false');
  await expect(notice(page)).toContainText('Your choice of outlets could not be saved for next time');
  await expect(notice(page)).toContainText('QuotaExceededError');
  await expect(page.getByRole('row', { name: new RegExp(TROOPS_NOW) })).toContainText('Consistent');
});

type Held = { held: Map<number, FrameRequestCallback>; requestFrame: typeof requestAnimationFrame; cancelFrame: typeof cancelAnimationFrame };

// Holds the page's animation frames (src/defer.rs waits for one; a
// cancelled one is dropped) and clicks an outlet; returns once both of the
// toggle's jobs (the save, the address) wait for the frame.
async function toggleWithFramesHeld(page: Page, outlet: string) {
  await page.evaluate((outlet) => {
    const held = new Map<number, FrameRequestCallback>();
    let next = 0;
    Object.assign(window, { held, requestFrame: window.requestAnimationFrame, cancelFrame: window.cancelAnimationFrame });
    window.requestAnimationFrame = (callback) => {
      held.set(--next, callback);
      return next;
    };
    window.cancelAnimationFrame = (id) => void held.delete(id);
    const root = document.querySelector('[data-parallax-page]')!.shadowRoot!;
    [...root.querySelectorAll<HTMLElement>('button[aria-pressed]')].find((b) => b.textContent?.trim() === outlet)!.click();
  }, outlet);
  await page.waitForFunction(() => (window as unknown as Held).held.size >= 2, undefined, { polling: 20 });
}

// Gives the page its frames back and runs the held ones; resolves after the
// task that follows them, in which the deferred jobs run.
async function releaseFrames(page: Page) {
  await page.evaluate(async () => {
    const { held, requestFrame, cancelFrame } = window as unknown as Held;
    window.requestAnimationFrame = requestFrame;
    window.cancelAnimationFrame = cancelFrame;
    const callbacks = [...held.values()];
    held.clear();
    for (const callback of callbacks) callback(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

// Leaving the page before the toggle's frame saves the choice at once.
test('an outlet hidden just before the page is left is saved as it goes', async ({ page }) => {
  await page.goto('/');
  await expect(toggle(page, 'Kontur')).toHaveAttribute('aria-pressed', 'true');
  await toggleWithFramesHeld(page, 'Kontur');
  const seen = await page.evaluate(() => {
    const beforeLeaving = localStorage.getItem('parallax.hidden-outlets');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    return { beforeLeaving, afterLeaving: localStorage.getItem('parallax.hidden-outlets'), hash: location.hash };
  });
  expect(seen).toEqual({ beforeLeaving: null, afterLeaving: '["kontur"]', hash: expect.stringContaining('outlets=') });
  await releaseFrames(page);
  await page.reload();
  await expect(toggle(page, 'Kontur')).toHaveAttribute('aria-pressed', 'false');
});

// The address catches up with a toggle after its frame; a view the reader
// opened before then keeps its address.
test('a view opened right after a toggle keeps its address', async ({ page }) => {
  await page.goto('/');
  await expect(toggle(page, 'Kontur')).toHaveAttribute('aria-pressed', 'true');
  await toggleWithFramesHeld(page, 'Kontur');
  await page.evaluate(() => {
    const root = document.querySelector('[data-parallax-page]')!.shadowRoot!;
    [...root.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Read articles')!.click();
  });
  await releaseFrames(page);
  expect(await page.evaluate(() => location.hash)).toMatch(/^#\/articles/);
  await expect(page.getByRole('link', { name: 'Read articles' })).toHaveAttribute('aria-current', 'page');
  await expect(toggle(page, 'Kontur')).toHaveAttribute('aria-pressed', 'false');
});
