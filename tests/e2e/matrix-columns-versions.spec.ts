// Columns (Istio sidecar, Istio ambient, Linkerd) and the as-of-version view of the matrix, in a real browser.
// Expectations come from the content data through the same pure functions the page uses.
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/content/load';
import { cellAt } from '../../src/lib/matrix/filter';
import { releasesOf } from '../../src/lib/releases';
import { expectNoAxeViolations } from './helpers';

const dataset = loadDataset(new URL('../..', import.meta.url).pathname);
const meshIds = dataset.meshes.map((mesh) => mesh.id);
const ambient = dataset.meshes.find((mesh) => mesh.mode === 'ambient')!;
const linkerdVersions = releasesOf(dataset.releases, 'linkerd').map((release) => release.version);
const egress = dataset.features.find((feature) => feature.id === 'egress-control')!;

async function openMatrix(page: Page, query = '') {
  await page.goto(`/matrix/${query}`);
  await expect(page.locator('#matrix-filters')).toBeVisible();
}

/** Column ids whose header cell is shown in the first category table. */
const shownColumns = (page: Page) =>
  page.$$eval('section[data-category]:first-of-type thead th[data-mesh]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset.mesh),
  );

test('every row has a sourced cell per column, the ambient one included', async ({ page }) => {
  await page.goto('/matrix/');
  expect(meshIds).toEqual(['istio', 'istio-ambient', 'linkerd']);
  const rows = page.locator('tr[data-feature]');
  await expect(rows).toHaveCount(dataset.features.length);
  await expect(page.locator(`td[data-mesh="${ambient.id}"][data-support]`)).toHaveCount(dataset.features.length);
  expect(await shownColumns(page)).toEqual(meshIds);
});

test('cols= hides a column, restores exactly from a shared link, and the picker changes it', async ({ page, browser }) => {
  await openMatrix(page, '?cols=istio,linkerd');
  expect(await shownColumns(page)).toEqual(['istio', 'linkerd']);
  await expect(page.locator(`td[data-mesh="${ambient.id}"]`).first()).toBeHidden();
  await expect(page.getByRole('checkbox', { name: ambient.name, exact: true })).not.toBeChecked();

  // The same link in a new browser context restores the same view.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#matrix-filters')).toBeVisible();
  expect(await shownColumns(fresh)).toEqual(['istio', 'linkerd']);
  await context.close();

  await page.getByRole('checkbox', { name: ambient.name, exact: true }).check();
  await expect(page).toHaveURL(/\/matrix\/$/);
  expect(await shownColumns(page)).toEqual(meshIds);
  await page.goBack();
  await expect(page).toHaveURL(/cols=istio,linkerd/);
  expect(await shownColumns(page)).toEqual(['istio', 'linkerd']);
});

test('only differences compares the shown columns', async ({ page }) => {
  // A feature where sidecar and Linkerd agree but ambient differs shows with all columns, not without ambient.
  const candidate = dataset.features.find(
    (f) => f.cells.istio?.support === f.cells.linkerd?.support && f.cells[ambient.id]?.support !== f.cells.istio?.support,
  );
  expect(candidate, 'the data has a feature where only the ambient column differs').toBeDefined();
  await openMatrix(page, '?diff=1');
  await expect(page.locator(`tr[id="${candidate!.id}"]`)).toBeVisible();
  await openMatrix(page, '?diff=1&cols=istio,linkerd');
  await expect(page.locator(`tr[id="${candidate!.id}"]`)).toBeHidden();
});

test('v.linkerd=2.16 shows Linkerd egress control as not supported, and the selector on 2.16', async ({ page, browser }) => {
  expect(linkerdVersions).toContain('2.16');
  const asOf = cellAt(egress.cells.linkerd, '2.16')!;
  expect(asOf.support).toBe('no');
  await openMatrix(page, '?v.linkerd=2.16');
  const cell = page.locator('tr[id="egress-control"] td[data-mesh="linkerd"]');
  await expect(cell).toHaveAttribute('data-support', 'no');
  await expect(cell.locator('.support-badge')).toHaveText('No');
  await expect(cell.locator('.cell-summary')).toHaveText(asOf.summary);
  await expect(page.getByLabel('Linkerd release')).toHaveValue('2.16');

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/matrix/?v.linkerd=2.16');
  await expect(fresh.getByLabel('Linkerd release')).toHaveValue('2.16');
  await expect(fresh.locator('tr[id="egress-control"] td[data-mesh="linkerd"]')).toHaveAttribute('data-support', 'no');
  await context.close();

  // Back to the newest release: the cell is today's again, and the version leaves the URL.
  await page.getByLabel('Linkerd release').selectOption(linkerdVersions.at(-1)!);
  await expect(page).not.toHaveURL(/v\.linkerd/);
  await expect(cell).toHaveAttribute('data-support', egress.cells.linkerd!.support);
  await page.goBack();
  await expect(cell).toHaveAttribute('data-support', 'no');
});

test('the support filter and requirements mode use the as-of values', async ({ page }) => {
  await openMatrix(page, '?v.linkerd=2.16&support.linkerd=no&category=ingress-egress');
  await expect(page.locator('tr[id="egress-control"]')).toBeVisible();
  await openMatrix(page, '?support.linkerd=no&category=ingress-egress');
  await expect(page.locator('tr[id="egress-control"]')).toBeHidden();
  await openMatrix(page, '?v.linkerd=2.16&req=1&need=egress-control');
  await expect(page.locator('#req-summary')).toContainText('Linkerd meets 0 of 1');
});

test('an unknown version or column is named in the notice and ignored', async ({ page }) => {
  await openMatrix(page, '?v.linkerd=9.99&cols=istio,<b>x</b>');
  await expect(page.locator('#matrix-notice')).toContainText('unknown version "9.99"');
  await expect(page.locator('#matrix-notice')).toContainText('unknown column "<b>x</b>"');
  await expect(page.locator('#matrix-notice b')).toHaveCount(0);
  await expect(page.getByLabel('Linkerd release')).toHaveValue(linkerdVersions.at(-1)!);
  expect(await shownColumns(page)).toEqual(['istio']);
});

test('without JavaScript all columns show and the page says what needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
  await page.goto('/matrix/?cols=istio&v.linkerd=2.16');
  expect(await shownColumns(page)).toEqual(meshIds);
  await expect(page.locator('#matrix .no-js-only')).toContainText('need JavaScript');
  await context.close();
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test('cards keep the chosen columns and axe is clean', async ({ page }) => {
    await openMatrix(page, '?cols=istio-ambient,linkerd&category=security');
    const row = page.locator('tr[data-feature]:not([hidden])').first();
    await expect(row.locator('td:not([hidden])')).toHaveCount(2);
    await expect(row.locator('td:not([hidden]) .cell-mesh').first()).toHaveText(ambient.name);
    await expectNoAxeViolations(page);
  });
});
