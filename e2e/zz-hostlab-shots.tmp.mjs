import { launch, watch, ready, summary } from './zz-hostlab-common.tmp.mjs';
const pages = process.argv.slice(2);
const b = await launch(); const log = [];
for (const p of pages) for (const w of [1280, 360]) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 } });
  const page = await ctx.newPage(); watch(page, `${p}@${w}`, log);
  await page.goto(`http://127.0.0.1:8093/${p}.html`);
  const ok = await ready(page);
  await page.waitForTimeout(500);
  console.log(p, w, 'ready=', ok, JSON.stringify(await summary(page)));
  await page.screenshot({ path: `/tmp/hostlab/shots/${p}-${w}.png`, fullPage: true });
  await ctx.close();
}
console.log(log.join('\n')); await b.close();
