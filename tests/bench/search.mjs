// Measures in a real browser what the search dialog loads: nothing before it opens, and what it
// fetches once opened and queried (search module, Pagefind runtime, WebAssembly, index chunks).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { gzipSize, urlToFile } from './assets.mjs';
import { chromiumPath } from '../browsers.ts';
import { chromeFlags } from './lighthouse.mjs';

function sizeOf(distDir, file) {
  const path = join(distDir, file);
  if (!existsSync(path)) return { file, bytes: 0, gzip: 0, missing: true };
  const content = readFileSync(path);
  // Pagefind's .pagefind and .pf_* files are stored gzipped already.
  const gzip = /\.(pagefind|pf_\w+)$/.test(file) ? content.length : gzipSize(content);
  return { file, bytes: content.length, gzip };
}

/**
 * Loads pageUrl, records same-origin requests, opens search ("/" or the Search button), types query
 * and records what the dialog fetches.
 * @param {{ pageUrl: string, origin: string, base: string, distDir: string, query?: string, chromePath?: string }} options
 */
export async function measureSearch({
  pageUrl,
  origin,
  base,
  distDir,
  query = 'mtls',
  chromePath = process.env.CHROME_PATH ?? chromiumPath,
}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const page = await browser.newPage();
    const requests = [];
    let phase = 'load';
    page.on('request', (request) => requests.push({ url: request.url(), phase }));
    await page.goto(pageUrl, { waitUntil: 'networkidle' });

    phase = 'search';
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[open]');
    const visible = (locator, timeout) =>
      locator
        .waitFor({ state: 'visible', timeout })
        .then(() => true)
        .catch(() => false);
    if (!(await visible(dialog.first(), 1500))) {
      await page
        .getByRole('button', { name: /search/i })
        .first()
        .click({ timeout: 3000 })
        .catch(() => {});
    }
    const opened = await visible(dialog.first(), 3000);
    let resultsShown = false;
    if (opened) {
      await dialog.first().locator('input').first().fill(query);
      // Wait until a result link shows (Pagefind loads its worker, WebAssembly and index first).
      resultsShown = await visible(dialog.first().locator('a[href]').first(), 20_000);
      await page.waitForLoadState('networkidle').catch(() => {});
    }

    const toFile = (url) => (url.startsWith(origin) ? urlToFile(url.slice(origin.length), base) : undefined);
    const offOrigin = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:')).map((r) => r.url);
    const files = (which) => [
      ...new Set(
        requests
          .filter((r) => r.phase === which)
          .map((r) => toFile(r.url))
          .filter(Boolean),
      ),
    ];
    const beforeOpen = files('load');
    const afterOpen = files('search')
      .filter((file) => !beforeOpen.includes(file))
      .map((file) => sizeOf(distDir, file));
    return {
      query,
      opened,
      resultsShown,
      offOrigin,
      pagefindBeforeOpen: beforeOpen.filter((file) => file.startsWith('pagefind/')),
      beforeOpen,
      afterOpen,
      afterOpenJs: afterOpen.filter((a) => /\.m?js$/.test(a.file)),
      afterOpenWasm: afterOpen.filter((a) => /wasm/.test(a.file)),
      afterOpenData: afterOpen.filter((a) => !/\.m?js$/.test(a.file) && !/wasm/.test(a.file)),
    };
  } finally {
    await browser.close();
  }
}
