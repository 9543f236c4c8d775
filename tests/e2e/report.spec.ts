// The decision report (/report/), its print layout, the "Open report" links and the embeds (/embed/*), including
// framing an embed from another origin under the generated _headers.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../bench/headers.mjs';
import { loadDataset } from '../../src/lib/content/load';
import { defaultNeeds } from '../../src/lib/report';
import { distDir } from '../site/dist';
import { expectNoAxeViolations } from './helpers';

const dataset = loadDataset(new URL('../..', import.meta.url).pathname);
const meshes = dataset.meshes;
const nameOf = new Map(dataset.features.map((feature) => [feature.id, feature.name]));
const defaults = defaultNeeds(dataset.features.map((feature) => feature.id));
const needs = ['egress-control', 'sidecarless-ambient'];
const reportUrl = `/report/?need=${needs.join(',')}&pods=300`;
/** The report lists needs in data order. */
const needsInOrder = dataset.features.map((feature) => feature.id).filter((id) => needs.includes(id));
const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/** The needs a column shows, in page order. */
const shownNeeds = (page: Page, mesh: string) =>
  page.locator(`[data-col="${mesh}"] li[data-need]:visible`).evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.need));

/** Every column lists exactly `ids`, each with a support level, a summary and a citation; and a memory estimate. */
async function expectCompleteReport(page: Page, ids: string[], pods: number) {
  for (const mesh of meshes) {
    const column = page.locator(`[data-col="${mesh.id}"]`);
    await expect(column).toBeVisible();
    expect(await shownNeeds(page, mesh.id)).toEqual(ids);
    await expect(column.locator('[data-col-verdict]')).toHaveText(new RegExp(`^Meets \\d+ of ${ids.length} fully`));
    await expect(column.locator('[data-col-release]')).toHaveText(/\d+\.\d+: released \d{4}-\d{2}-\d{2}/);
    for (const id of ids) {
      const row = column.locator(`li[data-need="${id}"]`);
      await expect(row).toContainText(nameOf.get(id)!);
      await expect(row.locator('[data-state]:visible .support-badge, [data-nodata]:visible')).toHaveCount(1);
      await expect(row.locator('[data-state]:visible .cites a').first()).toHaveAttribute('href', /^#src-/);
    }
  }
  await expect(page.locator('[data-memory-inputs]')).toContainText(`${pods} pods`);
  const estimates = page.locator('[data-memory-col]:visible');
  expect(await estimates.count()).toBeGreaterThan(0);
  for (const estimate of await estimates.all()) {
    await expect(estimate.locator('[data-memory-total]')).toHaveText(/\d MB/);
    await expect(estimate.locator('[data-memory-formula]')).toHaveText(/ × .* = [\d,.]+ MB$/);
  }
  await expect(page.locator('#report-releases li')).not.toHaveCount(0);
  await expect(page.locator('#report-date')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  // Every cited source is in the footnotes, with its URL.
  const cited = await page
    .locator('.cites a:visible')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.slice(1)))]);
  for (const id of cited) await expect(page.locator(`#${id}`), id).toBeVisible();
}

/** Console errors and uncaught exceptions (a CSP or Trusted Types violation logs an error). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('with JavaScript', () => {
  test('shows the needs from the URL per column and the memory estimate for its pods', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(reportUrl);
    await expectCompleteReport(page, needsInOrder, 300);
    await expect(page.locator('[data-memory-formula]').first()).toContainText('300 pods ×');
    await expect(page.locator('#report-notice')).toBeHidden();
    await expect(page.locator('#report-needs')).toHaveText(needsInOrder.map((id) => nameOf.get(id)).join(', '));
    await expect(page.locator('#report-default-note')).toBeHidden();
    await expect(page.locator('#report-edit-needs')).toHaveAttribute('href', new RegExp(`matrix/\\?req=1&need=${needsInOrder.join(',')}$`));
    await expect(page.locator('#report-edit-inputs')).toHaveAttribute('href', /calculator\/\?pods=300$/);
    expect(errors).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('names unknown and bad parameters in a notice, as text', async ({ page }) => {
    await page.goto('/report/?need=egress-control,teleport&colour=blue&pods=lots&%3Cimg%20src%3Dx%3E=1');
    const notice = page.locator('#report-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('"colour" (unknown parameter)');
    await expect(notice).toContainText('unknown feature "teleport"');
    await expect(notice).toContainText('"pods"');
    await expect(notice.locator('img')).toHaveCount(0);
    // The good parts still apply: the named feature, and the default pods.
    expect(await shownNeeds(page, meshes[0]!.id)).toEqual(['egress-control']);
    await expect(page.locator('[data-memory-inputs]')).toContainText('100 pods');
  });

  test('shows a release chosen with v.<product>', async ({ page }) => {
    const product = dataset.releases.filter((release) => release.product === (meshes[0]!.product ?? meshes[0]!.id));
    const oldest = product.map((release) => release.version).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]))[0]!;
    await page.goto(`/report/?need=egress-control&v.${meshes[0]!.product ?? meshes[0]!.id}=${oldest}`);
    await expect(page.locator(`[data-col="${meshes[0]!.id}"] [data-col-release]`)).toContainText(` ${oldest}: released`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the complete default report', async ({ page }) => {
    // Firefox over WebDriver BiDi ignores javaScriptEnabled, so scripts are also blocked from loading.
    await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
    await page.goto(reportUrl);
    await expectCompleteReport(page, defaults, 100);
    await expect(page.locator('#report-needs')).toHaveText(defaults.map((id) => nameOf.get(id)).join(', '));
    await expect(page.locator('#report-default-note')).toBeVisible();
    await expect(page.locator('#report-copy')).toBeHidden();
  });

  test('embeds a feature as a card with its support levels and citations', async ({ page }) => {
    await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
    await page.goto('/embed/features/egress-control/');
    await expect(page.locator('h1')).toHaveText(nameOf.get('egress-control')!);
    await expect(page.locator('header, footer, nav')).toHaveCount(0);
    // Search engines are pointed at the full feature page, not the card.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/features\/egress-control\/$/);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    await expect(page.locator('.embed-cells > li')).toHaveCount(meshes.length);
    await expect(page.locator('.embed-cells .support-badge')).toHaveCount(
      meshes.filter((mesh) => dataset.features.find((f) => f.id === 'egress-control')!.cells[mesh.id]).length,
    );
    const sources = page.locator('.report-sources li');
    expect(await sources.count()).toBeGreaterThan(0);
    await expect(sources.locator('a').first()).toHaveAttribute('target', '_top');
    await expect(page.locator('.embed-footer a')).toHaveAttribute('target', '_top');
    await expect(page.locator('.embed-footer a')).toHaveAttribute('href', /\/features\/egress-control\/$/);
  });

  test('embeds the calculator with the default estimate', async ({ page }) => {
    await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
    await page.goto('/embed/calculator/');
    await expect(page.locator('[data-memory-col]')).not.toHaveCount(0);
    await expect(page.locator('[data-memory-formula]').first()).toContainText('100 pods ×');
    await expect(page.locator('.report-sources li').first()).toBeVisible();
  });
});

test('the calculator embed recomputes from its query with JavaScript; both embeds pass axe', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed/calculator/?pods=300');
  await expect(page.locator('[data-memory-formula]').first()).toContainText('300 pods ×');
  expect(errors).toEqual([]);
  await expectNoAxeViolations(page);
  await page.goto('/embed/features/egress-control/');
  await expectNoAxeViolations(page);
});

test.describe('print @chromium-only', () => {
  test('hides the controls, shows footnote URLs and makes a PDF on A4 and Letter', async ({ page }) => {
    await page.goto(reportUrl);
    await expect(page.locator('#report-copy')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#report-copy')).toBeHidden();
    await expect(page.locator('.report-actions')).toBeHidden();
    await expect(page.locator('header[role="banner"] nav')).toBeHidden();
    const url = page.locator('.report-sources li:visible a.report-url').first();
    await expect(url).toBeVisible();
    await expect(url).toHaveText(/^https?:\/\//);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length, format).toBeGreaterThan(10_000);
    }
  });
});

test('"Open report" links carry the matrix requirements and the calculator inputs', async ({ page }) => {
  await page.goto('/matrix/?req=1&need=egress-control&q=tls');
  const fromMatrix = page.locator('#req-report');
  await expect(fromMatrix).toBeVisible();
  await fromMatrix.hover();
  await expect(fromMatrix).toHaveAttribute('href', /\/report\/\?need=egress-control$/);
  await fromMatrix.click();
  await expect(page).toHaveURL(/\/report\/\?need=egress-control$/);
  await expect.poll(() => shownNeeds(page, meshes[0]!.id)).toEqual(['egress-control']);

  await page.goto('/calculator/?pods=300');
  const fromCalculator = page.locator('a[data-report-link="calculator"]');
  await expect(fromCalculator).toHaveAttribute('href', /\/report\/\?pods=300$/);
});

test.describe('embed buttons @chromium-only', () => {
  test('copy an iframe snippet and announce it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('/features/egress-control/');
    await page.getByRole('button', { name: /^Embed/ }).click();
    await expect(page.locator('#embed-status')).toHaveText(/Embed code copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/features\/egress-control\/" title="[^"]+"/);
  });
});

test.describe('framing under the generated _headers', () => {
  test('the _headers file lets only /embed/* be framed', () => {
    expect(headersFor(rules, '/embed/features/egress-control/')['content-security-policy']).toMatch(/(^|; )frame-ancestors \*($|;)/);
    expect(headersFor(rules, '/embed/features/egress-control/')['x-frame-options']).toBeUndefined();
    for (const path of ['/', '/report/', '/features/egress-control/', '/calculator/', '/_astro/x.js']) {
      const csp = headersFor(rules, path)['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/frame-ancestors \*/);
    }
  });

  let server: Server;
  let framerOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    const site = new URL(baseURL!).origin;
    // A page on another origin (another port) that frames an embed and, for contrast, a normal page.
    server = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><title>Framer</title><body>` +
          `<iframe id="embed" title="embed" src="${site}/embed/features/egress-control/"></iframe>` +
          `<iframe id="page" title="page" src="${site}/features/egress-control/"></iframe></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    framerOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  test('another origin can frame an embed, but not the other pages', async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    await page.context().route(`${site}/**`, async (route) => {
      try {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) },
        });
      } catch (error) {
        if (!page.isClosed() && !/disposed|has been closed/i.test(String(error))) throw error;
      }
    });
    await page.goto(framerOrigin);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('h1')).toHaveText(nameOf.get('egress-control')!);
    await expect(embed.locator('.report-sources li').first()).toBeVisible();
    // The full feature page keeps frame-ancestors 'none': the browser refuses to show it in the frame.
    await page.waitForTimeout(500);
    await expect(page.frameLocator('#page').locator('article[data-feature]')).toHaveCount(0);
  });
});
