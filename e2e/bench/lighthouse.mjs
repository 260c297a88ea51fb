// Lighthouse's performance audit of the default page, mobile preset (its
// default: a simulated mid-range phone on a slow 4G connection), run by
// `cargo xtask bench` against the project's own server, which sends the
// brotli copies. RUNS audits; the table gives each run's score and the main
// timings, and the median score is judged against the budget (issue 17:
// at least 0.95). Lighthouse lives in e2e/bench/lighthouse (its own
// package, installed on the first bench run), not among the tests' packages.
import lighthouse from './lighthouse/node_modules/lighthouse/core/index.js';
import * as chromeLauncher from './lighthouse/node_modules/chrome-launcher/dist/index.js';
import { CHROMIUM_ARGS } from '../support/chromium.mjs';

const url = process.env.PARALLAX_URL;
const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.PARALLAX_LIGHTHOUSE_RUNS ?? 3);
if (!url) throw new Error('run through `cargo xtask bench`');

const results = [];
for (let i = 0; i < RUNS; i++) {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
  });
  try {
    const result = await lighthouse(`${url}/`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    const lhr = result.lhr;
    const ms = (id) => lhr.audits[id]?.numericValue;
    results.push({
      score: lhr.categories.performance.score,
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      si: ms('speed-index'),
      bytes: ms('total-byte-weight'),
      version: lhr.lighthouseVersion,
    });
  } finally {
    await chrome.kill();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (value) => `${(value / 1000).toFixed(2)} s`;
const lines = [];
const score = median(results.map((r) => r.score));
lines.push(
  `Lighthouse ${results[0].version}, performance only, mobile preset (simulated throttling), ${RUNS} runs on the default page. ` +
    `Median score **${score.toFixed(2)}**: ${score >= 0.95 ? 'budget (≥ 0.95) met' : '**budget (≥ 0.95) missed**'}.`,
);
lines.push('');
lines.push('| run | score | first contentful paint | largest contentful paint | total blocking time | cumulative layout shift | speed index | bytes |');
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
results.forEach((r, i) => {
  lines.push(
    `| ${i + 1} | ${r.score.toFixed(2)} | ${seconds(r.fcp)} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${seconds(r.si)} | ${Math.round(r.bytes / 1024)} KiB |`,
  );
});
console.log(lines.join('\n'));
