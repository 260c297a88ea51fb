import { chromium } from 'playwright-core';
export async function launch(){ return chromium.launch({executablePath:'/usr/bin/chromium',args:['--no-sandbox','--disable-gpu','--disable-dev-shm-usage']}); }
export function watch(page, tag, log){
  page.on('console', m => { if (['error','warning'].includes(m.type())) log.push(`[${tag}] console.${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => log.push(`[${tag}] pageerror: ${e.message}`));
  page.on('response', r => { if (r.status()>=400) log.push(`[${tag}] HTTP ${r.status()} ${r.url()}`); });
  page.on('requestfailed', r => log.push(`[${tag}] requestfailed: ${r.url()} ${r.failure()?.errorText}`));
}
export async function ready(page, ms=8000){
  // wait until every parallax-reader has a shadow root with content
  try { await page.waitForFunction(() => [...document.querySelectorAll('parallax-reader')].every(e => e.shadowRoot && e.shadowRoot.childElementCount > 0 && e.shadowRoot.textContent.trim().length>20), null, {timeout: ms}); return true; } catch { return false; }
}
export async function summary(page){
  return page.evaluate(() => [...document.querySelectorAll('parallax-reader')].map(e => {
    const r = e.getBoundingClientRect(); const sr = e.shadowRoot;
    return { id: e.id, w: Math.round(r.width), h: Math.round(r.height), shadow: !!sr, text: sr ? sr.textContent.replace(/\s+/g,' ').trim().slice(0,160) : e.textContent.trim().slice(0,100) };
  }));
}
