// Runs axe-core inside the page (WCAG 2.0, 2.1 and 2.2, levels A and AA) and
// fails with a readable list of violations. axe-core is a test dependency
// only: it is injected by the test, never shipped with the widget.
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

type AxeResult = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

export async function expectNoAxeViolations(page: Page) {
  await page.addScriptTag({ path: AXE_PATH });
  const result: AxeResult = await page.evaluate(() =>
    // @ts-expect-error axe is the global the script tag defined.
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    }),
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, 'axe-core violations').toEqual([]);
}
