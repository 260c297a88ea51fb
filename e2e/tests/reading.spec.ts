// Reading across outlets: every view opened by its deep link and used by
// keyboard; back and forward; the outlet choice and theme in links and
// storage; side-by-side reading that highlights a shared claim in both
// columns.
import { expect, test, type Page } from '@playwright/test';

/// Presses Tab until `target` has focus (at most `limit` times): the test is
/// that it can be reached by keyboard, not where it sits in the order.
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((element) => element === element.getRootNode().activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a link with filters opens the filtered comparison; back and forward step through filters', async ({ page }) => {
  await page.goto('/#/?status=differs&kind=number');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Agreement' })).toHaveValue('differs');
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('number');

  await page.getByRole('combobox', { name: 'Kind' }).selectOption('all');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(7);
  await expect(page).toHaveURL(/#\/\?status=differs$/);
  await page.goBack();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(3);
  await page.goForward();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(7);
});

test('one claim has its own link, reached from its question by keyboard', async ({ page }) => {
  await page.goto('/');
  const question = page.getByRole('table').getByRole('link', { name: 'How large is North Korea\'s military?' });
  await tabTo(page, question);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/claim\/north-korean-army$/);
  await expect(page.getByRole('heading', { name: 'One claim side by side' })).toBeFocused();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText([/How large is North Korea's military\?/]);
  await page.getByRole('link', { name: 'All claims' }).click();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(22);
});

test('a link to an article at a paragraph lands on that paragraph', async ({ page }) => {
  await page.goto('/#/article/abc-allies-on-edge/p/18');
  const paragraph = page.locator('[data-block="18"]');
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('So far, South Korea has only provided non-lethal assistance');
});

test('a link can name the shown outlets, and it wins over the saved choice', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Kontur', exact: true }).click();
  await expect(page).toHaveURL(/outlets=the-national-interest%2Cabc-news-au%2Cthe-new-york-times/);

  // Opened in the running page (a hash change, no reload) …
  await page.goto('/#/?outlets=kontur,the-new-york-times');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
    'Claim',
    'Agreement',
    'Kontur',
    'The New York Times',
  ]);
  await expect(page.getByRole('button', { name: 'Kontur', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'The National Interest', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // … and in a fresh page, where the link wins over the saved choice.
  await page.reload();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(4);
});

test('side by side: focusing a marked passage highlights the same claim in the other column', async ({ page }) => {
  await page.goto('/#/read/kontur-how-far-russia-has-fallen,nyt-what-we-know');
  const kontur = page.getByRole('article', { name: 'Use of North Korean troops in Ukraine war shows how far Russia has fallen' });
  const nyt = page.getByRole('article', { name: 'What We Know About North Korea’s Role in the Ukraine War' });
  const mark = kontur.getByRole('button', { name: /^At least 3,000 North Korean soldiers/ });
  await tabTo(page, mark);
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(nyt.getByRole('button', { name: /^There are 3,000 North Korean soldiers/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Highlighted in every column' })).toContainText(
    'How many North Korean troops are in Russia now?',
  );
  await expect(page.locator('.px-claim-mark-active')).not.toHaveCount(0);

  // A claim only Kontur reports: the other column says so.
  const interpreters = kontur.getByRole('button', { name: /Korean language interpreters/ });
  await interpreters.focus();
  await expect(nyt.getByText('Not mentioned in this article.')).toBeVisible();
  await expect(kontur.getByText('Not mentioned in this article.')).toHaveCount(0);

  await page.getByRole('link', { name: 'Compare this claim' }).click();
  await expect(page).toHaveURL(/#\/claim\/korean-interpreters$/);
});

test('side by side: choosing articles by keyboard changes the columns and the link', async ({ page }) => {
  await page.goto('/#/read/kontur-how-far-russia-has-fallen,nyt-what-we-know');
  const abc = page.getByRole('checkbox', { name: /ABC News \(Australia\)/ });
  await tabTo(page, abc);
  await page.keyboard.press('Space');
  // The router writes the commas percent-encoded; both forms open the view.
  await expect
    .poll(() => decodeURIComponent(page.url()))
    .toMatch(/#\/read\/kontur-how-far-russia-has-fallen,nyt-what-we-know,abc-allies-on-edge$/);
  await expect(page.locator('.px-column')).toHaveCount(3);
});

test('search finds without case or accents, groups by outlet, and leads to the place', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('searchbox', { name: 'Search articles and claims' }));
  await page.keyboard.type('SEOUL');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=SEOUL$/);
  await expect(page.getByRole('heading', { name: 'Search', level: 2 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'The National Interest',
    'Kontur',
    'ABC News (Australia)',
    'The New York Times',
  ]);
  const first = page.locator('.px-result-link').first();
  await expect(first.locator('mark')).toHaveText('Seoul');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\/[a-z-]+\/p\/\d+/);
  await expect(page.locator('[data-block]:focus')).toContainText('Seoul');
});

test('the timeline places statements by date and marks inferred dates', async ({ page }) => {
  await page.goto('/#/timeline');
  const days = page.locator('.px-timeline-day');
  await expect(days.first().locator('.px-timeline-date')).toHaveText('between 14 and 20 Oct 2024 inferred');
  await expect(page.locator('.px-timeline-day', { hasText: '15 Oct 2024' }).locator('.px-inferred-badge')).toHaveCount(0);
  const dates = await page.locator('.px-timeline-date time').evaluateAll((times) =>
    times.map((time) => time.getAttribute('datetime')),
  );
  expect(dates).toEqual([...dates].sort());
});

test('route changes move focus to the new view, and the theme choice is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 2 })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');

  // The theme is the widget's own (on its root inside the shadow root), not
  // the host's <html>.
  const root = page.locator('.px-root');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(root).toHaveCSS('background-color', 'rgb(21, 23, 26)');
  await page.reload();
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
  await expect(root).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('printing the comparison shows the table without controls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('.px-outlets')).toBeHidden();
  await expect(page.locator('.px-toolbar')).toBeHidden();
  await expect(page.locator('.px-cards')).toBeHidden();
});

test('a paraphrase of a claim finds the other outlets\' stances', async ({ page }) => {
  // Not the quote: "ten thousand" for "10,000", "send" for "deploy".
  await page.goto('/#/search?q=' + encodeURIComponent('Pyongyang will send ten thousand soldiers by December'));
  const panel = page.getByRole('complementary', { name: 'How do other outlets report this?' });
  const kontur = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Kontur' }) });
  await expect(kontur.getByRole('link')).toContainText('Pyongyang plans to deploy 10,000 soldiers to Russia by December');
  const nyt = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The New York Times' }) });
  await expect(nyt.getByRole('link')).toContainText('expected to swell to 10,000 by December');
  await nyt.getByRole('link').click();
  await expect(page.locator('[data-block]:focus')).toContainText('10,000 by December');
});

test('any sentence can be compared by keyboard', async ({ page }) => {
  await page.goto('/#/article/nyt-what-we-know');
  const toggle = page.getByRole('button', { name: 'Compare a sentence' });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const first = page.getByRole('button', { name: /^Five months ago, the autocratic leaders/ });
  await expect(first).toBeFocused();
  // Down past "Now, North Korea's leader …" to "More than 600,000 …".
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Now, North Korea’s leader/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^More than 600,000 Russian troops/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'How do other outlets report this?' });
  await expect(panel.getByRole('heading', { level: 3 })).toBeFocused();
  const ni = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The National Interest' }) });
  await expect(ni.getByRole('link')).toContainText('around 700,000 men killed or wounded');
});
