// End-to-end tests drive Debian's Chromium against the release bundle that
// `cargo xtask test` builds and serves; it passes the server's address in
// PARALLAX_URL and the browser's path in PARALLAX_CHROMIUM.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './support/chromium.mjs';

const baseURL = process.env.PARALLAX_URL;
if (!baseURL) {
  throw new Error(
    'PARALLAX_URL is not set. Run these tests with `cargo xtask test`, or serve dist/ ' +
      'with `cargo xtask serve --port 8080` and set PARALLAX_URL=http://127.0.0.1:8080.',
  );
}

export default defineConfig({
  testDir: './tests',
  // A flaky test hides a defect; it must fail, not be retried into passing.
  retries: 0,
  forbidOnly: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/results.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
