import { launch, watch, ready, summary } from './zz-hostlab-common.tmp.mjs';
const b = await launch(); const log = [];
for (const w of [1280, 360]) {
const page = await b.newPage({ viewport: { width: w, height: 900 } }); watch(page, 'lms'+w, log);
await page.goto('http://127.0.0.1:8093/lms.html'); await ready(page); await page.waitForTimeout(300);
console.log(w, 'scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
await page.screenshot({ path: `/tmp/hostlab/shots/lms-top-${w}.png` });
// details closed at load? open it
await page.click('summary'); await page.waitForTimeout(400);
await page.locator('#w-details').screenshot({ path: `/tmp/hostlab/shots/lms-details-${w}.png` });
await page.click('#t2'); await page.waitForTimeout(500);
console.log(JSON.stringify(await summary(page)));
await page.locator('#w-tab').screenshot({ path: `/tmp/hostlab/shots/lms-tab-${w}.png` });
// type into the tab widget search
await page.evaluate(() => document.getElementById('w-tab').shadowRoot.querySelector('input').focus());
await page.keyboard.type('troops'); await page.keyboard.press('Enter'); await page.waitForTimeout(600);
await page.locator('#w-tab').screenshot({ path: `/tmp/hostlab/shots/lms-tab-search-${w}.png` });
const box = await page.evaluate(() => { const r = document.getElementById('w-flex').getBoundingClientRect(); return { y: r.y + scrollY }; });
await page.screenshot({ path: `/tmp/hostlab/shots/lms-flex-${w}.png`, clip: { x: 0, y: box.y, width: w, height: 1200 }, fullPage: true });
const sb = await page.evaluate(() => { const r = document.getElementById('w-side').getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width }; });
await page.screenshot({ path: `/tmp/hostlab/shots/lms-side-${w}.png`, clip: { x: sb.x - 20, y: sb.y, width: Math.min(360, sb.width + 40), height: 900 }, fullPage: true });
await page.close();
}
console.log(log.join('\n')); await b.close();
