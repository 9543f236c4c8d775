// The site works under its Content-Security-Policy: no violations, no console errors and no requests
// to other origins while reading pages, searching and switching the theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../bench/headers.mjs';
import { builtPages, distDir } from '../site/dist';

const firstFeaturePage = builtPages().find((page) => page.startsWith('features/'));
const pages = ['/', '/articles/overview/', '/matrix/', '/calculator/', '/sources/', firstFeaturePage ? `/${firstFeaturePage.replace(/index\.html$/, '')}` : '/features/'];

declare global {
  interface Window {
    __cspViolations: string[];
    __injectedScriptRan?: boolean;
  }
}

/** Records CSP violations (in the page), console errors and requests to other origins. */
async function watch(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(text)) consoleErrors.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) offOrigin.push(request.url());
  });
  return {
    violations: () => page.evaluate(() => window.__cspViolations),
    async expectClean() {
      expect(await page.evaluate(() => window.__cspViolations), 'CSP violations').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(offOrigin, 'requests to other origins').toEqual([]);
    },
  };
}

/** Opens search on an article, types a query and expects results with no violation. */
async function searchWithoutViolations(page: Page, baseURL: string) {
  const watcher = await watch(page, baseURL);
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/articles/overview/');
  expect(pagefindRequests, 'no Pagefind request before search opens').toEqual([]);
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('mtls');
  // The status names the result count once Pagefind has answered (or says search is unavailable).
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/, { timeout: 20_000 });
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  expect(pagefindRequests.some((url) => /\.pagefind$/.test(url)), 'WebAssembly and index loaded').toBe(true);
  await watcher.expectClean();
}

test.describe('Content-Security-Policy in the browser', () => {
  for (const path of pages) {
    test(`${path} loads and toggles the theme without violations`, async ({ page, baseURL }) => {
      const watcher = await watch(page, baseURL!);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      const toggle = page.locator('#theme-toggle');
      await expect(toggle).toBeVisible();
      const before = await page.locator('html').getAttribute('data-theme');
      await toggle.click();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
      await watcher.expectClean();
    });
  }

  test('search opens, loads Pagefind (WebAssembly) and shows results without violations', async ({ page, baseURL }) => {
    await searchWithoutViolations(page, baseURL!);
  });

  test('an injected inline script is blocked and reported', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injectedScriptRan = true';
      document.body.append(script);
    });
    await expect.poll(() => watcher.violations()).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
    expect(await page.evaluate(() => window.__injectedScriptRan)).toBeUndefined();
  });
});

test.describe('under the _headers policy, as served by Netlify or Cloudflare Pages', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

  test.beforeEach(async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Add the _headers of each path to the preview server's responses (workers get them too).
    await page.context().route(`${origin}/**`, async (route) => {
      try {
        const response = await route.fetch();
        const headers = { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) };
        await route.fulfill({ response, headers });
      } catch (error) {
        // A request still in flight when the test ends (page closing, fetch response disposed) has nowhere
        // to go; anything else is a real failure.
        if (!page.isClosed() && !/disposed|has been closed/i.test(String(error))) throw error;
      }
    });
  });

  test('pages carry the header policy', async ({ page }) => {
    const response = await page.goto('/');
    // allHeaders(): headers() may leave out security-related headers.
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test('search (a worker compiling WebAssembly) works under the header policy', async ({ page, baseURL }) => {
    await searchWithoutViolations(page, baseURL!);
  });
});
