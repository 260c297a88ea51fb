import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h,url,name] of [[360,800,'http://127.0.0.1:8791/','phone'],[300,800,'http://127.0.0.1:8791/examples/two-instances.html','narrow']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(url);
  await page.getByRole('heading', { name: /Claims side by side|One claim/ }).first().waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  await page.close();
}
await browser.close();
