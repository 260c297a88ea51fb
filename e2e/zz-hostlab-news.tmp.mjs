import { launch, watch, ready } from './zz-hostlab-common.tmp.mjs';
const b = await launch(); const log = [];
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage(); watch(page, 'news', log);
await page.goto('http://127.0.0.1:8093/news.html'); await ready(page);
const active = () => page.evaluate(() => { let a = document.activeElement; let path = a.tagName + (a.id?'#'+a.id:''); while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; path += ' >> ' + a.tagName + '[' + (a.getAttribute('aria-label')||a.textContent||a.placeholder||'').trim().slice(0,30) + ']'; } return path; });
// Tab through
const seq = [];
for (let i = 0; i < 25; i++) { await page.keyboard.press('Tab'); seq.push(await active()); }
console.log('TAB ORDER:\n ' + seq.join('\n '));
// focus search box in widget
await page.evaluate(() => { const sr = document.getElementById('pr').shadowRoot; sr.querySelector('input[type=search],input').focus(); });
console.log('focused:', await active());
await page.keyboard.type('jk/s troops');
await page.keyboard.press('ArrowRight'); await page.keyboard.press('Space');
const val = await page.evaluate(() => document.getElementById('pr').shadowRoot.querySelector('input').value);
console.log('input value:', JSON.stringify(val), 'host keys:', JSON.stringify(await page.evaluate(() => __keys)));
await page.keyboard.press('Enter'); await page.waitForTimeout(800);
console.log('after Enter url:', page.url(), 'ga:', JSON.stringify(await page.evaluate(() => __ga.filter(x=>x[0]!=='click'))));
await page.screenshot({ path: '/tmp/hostlab/shots/news-search-enter.png' });
const txt = await page.evaluate(() => document.getElementById('pr').shadowRoot.textContent.replace(/\s+/g,' ').slice(0,400));
console.log('after search text:', txt);
// Keys outside widget still reach page
await page.evaluate(() => document.activeElement.blur()); await page.mouse.click(5, 300);
await page.keyboard.press('j'); await page.keyboard.press('k'); await page.keyboard.press('s');
console.log('host keys after outside jks:', JSON.stringify(await page.evaluate(() => __keys)));
// Widget focused on a button (non-text): press j -> should reach page
await page.evaluate(() => { const sr = document.getElementById('pr').shadowRoot; [...sr.querySelectorAll('button')].find(b=>/Kontur/.test(b.textContent)).focus(); });
await page.keyboard.press('j'); await page.keyboard.press('/');
console.log('keys when widget button focused j,/:', JSON.stringify(await page.evaluate(() => __keys)), 'active:', await active());
// Space on outlet button toggles?
await page.evaluate(() => { const sr = document.getElementById('pr').shadowRoot; [...sr.querySelectorAll('button')].find(b=>/Kontur/.test(b.textContent)).focus(); });
const before = await page.evaluate(() => window.scrollY);
await page.keyboard.press('Space'); await page.waitForTimeout(300);
console.log('space on Kontur: scrollY', before, '->', await page.evaluate(() => window.scrollY), 'pressed:', await page.evaluate(() => [...document.getElementById('pr').shadowRoot.querySelectorAll('button')].filter(b=>/Kontur|New York/.test(b.textContent)).map(b=>b.textContent.trim()+':'+b.getAttribute('aria-pressed'))));
await page.screenshot({ path: '/tmp/hostlab/shots/news-focus.png' });
// Mouse clicks: click tabs
for (const name of ['Read articles','Side by side','Timeline','Your articles','Compare claims']) {
  const ok = await page.evaluate((n) => { const sr = document.getElementById('pr').shadowRoot; const el = [...sr.querySelectorAll('button,a,[role=tab]')].find(b=>b.textContent.trim()===n); if(!el) return 'missing'; const r = el.getBoundingClientRect(); return [r.x+r.width/2, r.y+r.height/2]; }, name);
  if (ok === 'missing') { console.log('tab missing', name); continue; }
  await page.evaluate(([x,y]) => window.scrollBy(0, y - 400), ok);
  const pos = await page.evaluate((n) => { const sr = document.getElementById('pr').shadowRoot; const el = [...sr.querySelectorAll('button,a,[role=tab]')].find(b=>b.textContent.trim()===n); const r = el.getBoundingClientRect(); return [r.x+r.width/2, r.y+r.height/2]; }, name);
  await page.mouse.click(pos[0], pos[1]); await page.waitForTimeout(400);
  console.log('clicked', name, 'url', page.url(), 'h2:', await page.evaluate(() => [...document.getElementById('pr').shadowRoot.querySelectorAll('h2')].map(h=>h.textContent.trim()).join('|')));
}
console.log('ga:', JSON.stringify(await page.evaluate(() => __ga.filter(x=>x[0]!=='click'))));
// back button
await page.goBack().catch(e=>console.log('goBack', e.message)); await page.waitForTimeout(300);
console.log('after back url', page.url());
// print
await page.goto('http://127.0.0.1:8093/news.html'); await ready(page);
await page.emulateMedia({ media: 'print' });
await page.screenshot({ path: '/tmp/hostlab/shots/news-print.png', fullPage: true });
await page.pdf({ path: '/tmp/hostlab/shots/news.pdf' }).catch(e => console.log('pdf', e.message));
await ctx.close();
// dark
const ctx2 = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
const p2 = await ctx2.newPage(); watch(p2, 'news-dark', log);
await p2.goto('http://127.0.0.1:8093/rtl.html'); await ready(p2); await p2.waitForTimeout(300);
await p2.screenshot({ path: '/tmp/hostlab/shots/rtl-dark.png' });
console.log(log.join('\n')); await b.close();
