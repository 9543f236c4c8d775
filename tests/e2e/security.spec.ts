// The site works under its Content-Security-Policy (src/lib/csp.ts: no 'unsafe-inline', Trusted Types enforced with
// no policy): no violation, no console error and no request to another origin while reading every page type,
// searching, filtering the matrix, using the calculator and switching the theme, under the <meta> policy and under
// the _headers policy. It also checks that the policy really blocks what it should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../bench/headers.mjs';
import { cspHeader, cspMeta } from '../../src/lib/csp';
import { builtPages, distDir } from '../site/dist';

const built = builtPages();
const urlOf = (file: string | undefined, fallback: string) => (file ? `/${file.replace(/index\.html$/, '')}` : fallback);
const readBuilt = (file: string) => readFileSync(join(distDir, file), 'utf8');
/** An article with highlighted code (Shiki's classes), if the content has one. */
const codeArticle = built.find((file) => file.startsWith('articles/') && readBuilt(file).includes('astro-code'));
/** One page of each type. */
const pages = [
  '/',
  '/articles/overview/',
  urlOf(codeArticle, '/articles/overview/'),
  '/matrix/',
  urlOf(
    built.find((file) => file.startsWith('features/')),
    '/features/',
  ),
  '/calculator/',
  '/sources/',
].filter((path, index, all) => all.indexOf(path) === index);

declare global {
  interface Window {
    __cspViolations: string[];
    __injectedScriptRan?: boolean;
  }
}

/** Records CSP and Trusted Types violations (in the page), console errors and requests to other origins. */
async function watch(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} (${event.disposition}) blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}: ${event.sample}`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy|Trusted ?Types?/i.test(text))
      consoleErrors.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) offOrigin.push(request.url());
  });
  return {
    violations: () => page.evaluate(() => window.__cspViolations),
    /** Forgets console errors expected by the test (the ones a deliberately blocked injection causes). */
    clearConsole: () => consoleErrors.splice(0),
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
  expect(
    pagefindRequests.some((url) => /\.pagefind$/.test(url)),
    'WebAssembly and index loaded',
  ).toBe(true);
  // A second query reuses the loaded index.
  await dialog.getByRole('searchbox').fill('retries');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/, { timeout: 20_000 });
  await watcher.expectClean();
}

/** Uses every kind of matrix control: category, text filter, support filter, differences, requirements. */
async function useMatrixFilters(page: Page) {
  await page.goto('/matrix/');
  const status = page.locator('#matrix-status');
  await expect(status).toHaveText(/features shown/);
  const category = page.getByLabel('Category');
  const firstCategory = await category.locator('option').nth(1).getAttribute('value');
  await category.selectOption(firstCategory!);
  await expect(page.locator('section[data-category]:not([hidden])')).toHaveCount(1);
  await category.selectOption({ index: 0 });
  await page.getByLabel('Search features').fill('tls');
  await expect(status).toHaveText(/of \d+ features shown/);
  await page.getByLabel('Only differences').check();
  await page.getByLabel('Search features').fill('');
  await page.getByLabel('Only differences').uncheck();
  await page.getByLabel('Requirements mode').check();
  const firstNeed = page.locator('.need-box').first();
  await firstNeed.check();
  await expect(page.locator('#req-rows > tr')).toHaveCount(1);
  // A narrow window wraps the site header's navigation: matrix.ts then moves the sticky table headers (CSSOM).
  await page.setViewportSize({ width: 700, height: 800 });
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(200);
}

/** Changes numbers, a mode and a preset in the calculator and expects the estimate to follow. */
async function useCalculator(page: Page) {
  await page.goto('/calculator/');
  const summary = page.locator('[data-calc-summary]');
  await expect(summary).not.toBeEmpty();
  const before = await summary.textContent();
  await page.getByLabel('Meshed pods').fill('250');
  await expect(summary).not.toHaveText(before ?? '');
  await page.getByLabel('Ambient').check();
  await page.getByLabel('High', { exact: true }).check();
  await page.getByLabel('Meshed pods').fill('not a number');
  await page.getByLabel('Meshed pods').fill('40');
  await expect(summary).not.toBeEmpty();
}

test.describe('Content-Security-Policy in the browser', () => {
  for (const path of pages) {
    test(`${path} loads and toggles the theme without violations`, async ({ page, baseURL }) => {
      const watcher = await watch(page, baseURL!);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', cspMeta);
      const toggle = page.locator('#theme-toggle');
      await expect(toggle).toBeVisible();
      const before = await page.locator('html').getAttribute('data-theme');
      await toggle.click();
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', before ?? '');
      await watcher.expectClean();
    });
  }

  test('the 404 page loads without violations', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', cspMeta);
    // The failed navigation itself is logged as an error by some browsers; only the policy matters here.
    watcher.clearConsole();
    await page.locator('#theme-toggle').click();
    await watcher.expectClean();
  });

  test('highlighted code takes its colours from classes, in both themes', async ({ page, baseURL }) => {
    test.skip(!codeArticle, 'no article with highlighted code');
    const watcher = await watch(page, baseURL!);
    await page.goto(urlOf(codeArticle, '/'));
    const block = page.locator('pre.astro-code').first();
    await expect(block).toBeVisible();
    expect(await page.locator('[style]').count(), 'style attributes').toBe(0);
    // The first token coloured differently from the block's text.
    const token = block.locator('span[class*="shiki-light-"]:not([class*="shiki-light-24292e"])').first();
    const colours = async () => ({
      block: await block.evaluate((el) => getComputedStyle(el).color),
      token: await token.evaluate((el) => getComputedStyle(el).color),
    });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    const light = await colours();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    const dark = await colours();
    expect(light.block).toBe('rgb(36, 41, 46)'); // github-light foreground #24292e
    expect(dark.block).toBe('rgb(225, 228, 232)'); // github-dark foreground #e1e4e8
    expect(light.token).not.toBe(light.block);
    expect(dark.token).not.toBe(dark.block);
    expect(dark.token).not.toBe(light.token);
    await watcher.expectClean();
  });

  test('search opens, loads Pagefind (WebAssembly) and shows results without violations', async ({ page, baseURL }) => {
    await searchWithoutViolations(page, baseURL!);
  });

  test('the matrix filters work without violations', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await useMatrixFilters(page);
    await watcher.expectClean();
  });

  test('the calculator works without violations', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await useCalculator(page);
    await watcher.expectClean();
  });

  test('an injected inline script is blocked and reported', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await page.goto('/');
    const assignment = await page.evaluate(() => {
      // Trusted Types refuse the script text as a string outright…
      let outcome = 'allowed';
      try {
        document.createElement('script').textContent = 'window.__injectedScriptRan = true';
      } catch (error) {
        outcome = (error as Error).name;
      }
      // …and a script built from a text node is blocked when inserted (Trusted Types or script-src).
      const script = document.createElement('script');
      script.append(document.createTextNode('window.__injectedScriptRan = true'));
      document.body.append(script);
      return outcome;
    });
    expect(assignment).toBe('TypeError');
    await expect
      .poll(async () => (await watcher.violations()).map((v) => v.split(' ')[0]))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^(?:require-trusted-types-for|script-src(?:-elem)?)$/)]));
    expect(await page.evaluate(() => window.__injectedScriptRan)).toBeUndefined();
  });

  test('injected inline styles are blocked and reported', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await page.goto('/');
    const applied = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { padding-left: 7px }';
      document.head.append(style);
      const div = document.createElement('div');
      div.setAttribute('style', 'padding-left: 9px');
      document.body.append(div);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { element: getComputedStyle(document.body).paddingLeft, attribute: getComputedStyle(div).paddingLeft };
    });
    expect(applied).toEqual({ element: '0px', attribute: '0px' });
    await expect
      .poll(async () => (await watcher.violations()).map((v) => v.split(' ')[0]).sort())
      .toEqual([expect.stringMatching(/^style-src(-attr)?$/), expect.stringMatching(/^style-src(-elem)?$/)]);
  });

  test('Trusted Types are enforced: HTML strings are refused and no policy can be created', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await page.goto('/');
    const result = await page.evaluate(() => {
      const outcome = { supported: 'trustedTypes' in window, innerHTML: 'allowed', policy: 'allowed' };
      try {
        document.body.insertAdjacentHTML('beforeend', '<b id="injected-html">x</b>');
      } catch (error) {
        outcome.innerHTML = (error as Error).name;
      }
      try {
        (window as unknown as { trustedTypes: { createPolicy: (name: string, rules: object) => unknown } }).trustedTypes.createPolicy(
          'probe',
          {},
        );
      } catch (error) {
        outcome.policy = (error as Error).name;
      }
      return outcome;
    });
    test.skip(!result.supported, 'this browser does not implement Trusted Types');
    expect(result).toEqual({ supported: true, innerHTML: 'TypeError', policy: 'TypeError' });
    await expect(page.locator('#injected-html')).toHaveCount(0);
    await expect
      .poll(async () => (await watcher.violations()).map((v) => v.split(' ')[0]).sort())
      .toEqual(['require-trusted-types-for', 'trusted-types']);
  });
});

test.describe('under the _headers policy, as served by Netlify or Cloudflare Pages', () => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

  test.beforeEach(async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Add the _headers of each path to the preview server's responses.
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
    expect(headers['content-security-policy']).toBe(cspHeader);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  for (const path of pages) {
    test(`${path} loads without violations`, async ({ page, baseURL }) => {
      const watcher = await watch(page, baseURL!);
      await page.goto(path);
      await page.locator('#theme-toggle').click();
      await watcher.expectClean();
    });
  }

  test('search (Pagefind compiling WebAssembly) works under the header policy', async ({ page, baseURL }) => {
    await searchWithoutViolations(page, baseURL!);
  });

  test('the matrix filters and the calculator work under the header policy', async ({ page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await useMatrixFilters(page);
    await useCalculator(page);
    await watcher.expectClean();
  });
});
