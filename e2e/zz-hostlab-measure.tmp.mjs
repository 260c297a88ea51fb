import { launch, ready } from './zz-hostlab-common.tmp.mjs';
const b = await launch();
const [url, w] = [process.argv[2], +process.argv[3]];
const page = await b.newPage({ viewport: { width: w, height: 900 } });
await page.goto(url); await ready(page); await page.waitForTimeout(300);
console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('parallax-reader')].map(e => {
  const r = e.getBoundingClientRect(); if (!r.width) return e.id + ': hidden';
  const over = [...e.shadowRoot.querySelectorAll('*')].filter(x => { const q = x.getBoundingClientRect(); return q.width && q.right > r.right + 1; }).slice(0, 4).map(x => `${x.tagName}.${x.className}[${(x.textContent||x.placeholder||'').trim().slice(0,20)}] right=${Math.round(x.getBoundingClientRect().right)}`);
  return `${e.id} host ${Math.round(r.left)}-${Math.round(r.right)} scrollW=${e.shadowRoot.firstElementChild?.scrollWidth} overflowing: ${over.join('; ')}`;
})), null, 1));
await b.close();
