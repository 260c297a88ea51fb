// How every browser run of this project launches Debian's Chromium (the
// tests through playwright.config.ts, the benchmarks in bench/): as root on
// a machine with no network beyond package registries, so no sandbox and
// none of Chromium's own background connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
