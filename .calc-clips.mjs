import { chromium } from 'playwright-core';
const [url, prefix, width = '360', theme = 'light', ...ys] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: theme });
await page.goto(url);
await page.waitForTimeout(700);
let i = 0;
for (const y of ys) {
  await page.screenshot({ path: `${prefix}${i++}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: 1000 } });
}
await browser.close();
