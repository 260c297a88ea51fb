// An invented report, in its own words, crediting a troop figure to a named
// source (not taken from any corpus), and pasting it into "Your articles":
// the claim engine's and the reader's checks' end-to-end tests share it.
import { type Page } from '@playwright/test';

export const REPORT = [
  'Pentagon Revises Its Count',
  'By Maria Okafor',
  'November 14, 2024',
  'Some 12,000 North Korean troops are now in Russia, Pentagon spokeswoman Carla Ruiz told reporters on Monday.',
  'Ruiz, who has held the post since 2021, did not say where the troops were deployed.',
  'Officials declined to give a figure for casualties.',
].join('\n');

/** Pastes the report as "The Harbour Ledger" and adds it. */
export async function pasteReport(page: Page) {
  await page.goto('/#/import');
  await page.getByRole('textbox', { name: 'Article text' }).fill(REPORT);
  await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill('The Harbour Ledger');
  await page.getByRole('button', { name: 'Add article' }).click();
}
