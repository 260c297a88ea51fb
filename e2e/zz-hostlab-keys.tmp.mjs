import { launch, watch, ready } from './zz-hostlab-common.tmp.mjs';
const b = await launch(); const log = [];
const page = await b.newPage(); watch(page, 'keys', log);
await page.goto('http://127.0.0.1:8093/keys.html'); await ready(page);
for (const k of ['j','s','/','ArrowRight','Space','Enter','Escape']) {
  await page.evaluate(() => { __hits = []; document.getElementById('pr').shadowRoot.querySelector('input').focus(); });
  await page.keyboard.press(k); await page.waitForTimeout(150);
  console.log('in-input', k, JSON.stringify(await page.evaluate(() => __hits)));
}
console.log('input value', await page.evaluate(() => document.getElementById('pr').shadowRoot.querySelector('input')?.value));
console.log(log.join('\n')); await b.close();
