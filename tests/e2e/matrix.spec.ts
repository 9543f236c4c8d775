// The feature matrix and feature pages in a real browser. Expectations are computed from the content data
// with the same pure functions the page uses, so the tests hold for any dataset.
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/content/load';
import { filterFeatures, formatRequirementsSummary, requirementsSummary } from '../../src/lib/matrix/filter';
import { parseFilterState, serializeFilterState } from '../../src/lib/matrix/filter-state';
import { groupByCategory } from '../../src/lib/matrix/summary';
import { supportOrder } from '../../src/lib/matrix/types';
import { expectNoAxeViolations } from './helpers';

const dataset = loadDataset(new URL('../..', import.meta.url).pathname);
const groups = groupByCategory(dataset.categories, dataset.features);
const features = groups.flatMap((group) => group.features);
const meshes = dataset.meshes;
const known = { categories: groups.map((g) => g.category.id), meshes: meshes.map((m) => m.id), featureIds: features.map((f) => f.id) };
const meshNames = Object.fromEntries(meshes.map((mesh) => [mesh.id, mesh.name]));
const total = features.length;

/** Feature ids the page should show for a query string, computed with the page's own logic. */
const expectedFor = (query: string) => filterFeatures(features, parseFilterState(query, known).state);

/** Ids of the rows currently shown (not hidden themselves or inside a hidden section). */
const visibleRows = (page: Page) =>
  page.$$eval('tr[data-feature]', (rows) =>
    rows.filter((row) => !row.closest('[hidden]')).map((row) => (row as HTMLElement).dataset.feature),
  );

const statusText = (shown: number) => (shown === total ? `All ${total} features shown.` : `${shown} of ${total} features shown.`);

/** A category that holds some but not all features (the first one if there is only one). */
const someCategory = groups.find((group) => group.features.length < total) ?? groups[0]!;
/** A support level of the first mesh that some but not all features have. */
const firstMesh = meshes[0]!;
const someLevel =
  supportOrder.find((level) => {
    const count = features.filter((f) => f.cells[firstMesh.id]?.support === level).length;
    return count > 0 && count < total;
  }) ?? 'yes';

async function openMatrix(page: Page, query = '') {
  await page.goto(`/matrix/${query}`);
  await expect(page.locator('#matrix-filters')).toBeVisible();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every feature grouped by category, with permalinks and no filter form', async ({ page }) => {
    // Firefox over WebDriver BiDi ignores javaScriptEnabled, so scripts are also blocked from loading.
    await page.route(/\.m?js(\?.*)?$/, (route) => route.abort());
    await page.goto('/matrix/');
    expect(await visibleRows(page)).toEqual(features.map((f) => f.id));
    await expect(page.locator('#matrix-filters')).toBeHidden();
    await expect(page.locator('#matrix-status')).toHaveText(`All ${total} features shown.`);
    await expect(page.locator('section[data-category] > h2')).toHaveText(groups.map((g) => g.category.name));
    const first = features[0]!;
    const row = page.locator(`tr[id="${first.id}"]`);
    await expect(row.locator('th[scope="row"]')).toContainText(first.name);
    await expect(row.locator(`a[href="#${first.id}"]`)).toHaveText(/#/);
    await expect(row.locator('td')).toHaveCount(meshes.length);
    await expect(page.locator('thead th[scope="col"]').first()).toHaveText('Feature');
  });
});

test('category filter shows only that category and is kept in the URL', async ({ page }) => {
  await openMatrix(page);
  await page.getByLabel('Category').selectOption(someCategory.category.id);
  expect(await visibleRows(page)).toEqual(someCategory.features.map((f) => f.id));
  await expect(page).toHaveURL(new RegExp(`\\?category=${someCategory.category.id}$`));
  await expect(page.locator('#matrix-status')).toHaveText(statusText(someCategory.features.length));
  await expect(page.locator(`section[data-category]:not([hidden])`)).toHaveCount(1);
});

test('text filter matches names, keywords and summaries, as the user types', async ({ page }) => {
  const feature = features[Math.floor(total / 2)]!;
  const term = feature.cells[firstMesh.id]!.summary.split(/\s+/).find((word) => word.length > 4) ?? feature.name;
  await openMatrix(page);
  await page.getByLabel('Search features').fill(term);
  const expected = expectedFor(`?q=${encodeURIComponent(term)}`);
  expect(expected).toContain(feature.id);
  await expect.poll(() => visibleRows(page)).toEqual(expected);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.locator('#matrix-status')).toHaveText(statusText(expected.length));
});

test('support-level and only-differences filters', async ({ page }) => {
  await openMatrix(page);
  await page
    .getByRole('group', { name: `${firstMesh.name} support` })
    .getByLabel(supportLabel(someLevel), { exact: true })
    .check();
  const bySupport = expectedFor(`?support.${firstMesh.id}=${someLevel}`);
  expect(await visibleRows(page)).toEqual(bySupport);
  await expect(page).toHaveURL(new RegExp(`support\\.${firstMesh.id}=${someLevel}`));

  await page.getByLabel('Only differences').check();
  const both = expectedFor(`?support.${firstMesh.id}=${someLevel}&diff=1`);
  expect(await visibleRows(page)).toEqual(both);
  await page
    .getByRole('group', { name: `${firstMesh.name} support` })
    .getByLabel(supportLabel(someLevel), { exact: true })
    .uncheck();
  expect(await visibleRows(page)).toEqual(expectedFor('?diff=1'));
  await expect(page).toHaveURL(/\?diff=1$/);
});

test('no match shows a message whose button resets the filters', async ({ page }) => {
  await openMatrix(page);
  await page.getByLabel('Search features').fill('zzqx no such feature');
  await expect(page.getByText('No features match these filters.')).toBeVisible();
  await expect(page.locator('#matrix-status')).toHaveText(`0 of ${total} features shown.`);
  await page.locator('#matrix-empty').getByRole('button', { name: 'Reset filters' }).click();
  expect(await visibleRows(page)).toHaveLength(total);
  await expect(page.getByLabel('Search features')).toBeFocused();
  await expect(page.getByLabel('Search features')).toHaveValue('');
  await expect(page).toHaveURL(/\/matrix\/$/);
});

test('requirements mode summarises how each mesh meets the ticked features, and survives a reload', async ({ page }) => {
  const needed = [features[0]!, features[Math.floor(total / 2)]!, features[total - 1]!];
  await openMatrix(page);
  await expect(page.getByLabel(`I need ${needed[0]!.name}`)).toBeHidden();
  await page.getByLabel('Requirements mode').check();
  for (const feature of needed) await page.getByLabel(`I need ${feature.name}`).check();
  const ids = known.featureIds.filter((id) => needed.some((f) => f.id === id));
  const summary = formatRequirementsSummary(requirementsSummary(features, ids, known.meshes), meshNames);
  await expect(page.locator('#req-summary')).toHaveText(summary);
  await expect(page.locator('#req-rows > tr')).toHaveCount(needed.length);
  await expect(page.locator('#req-rows > tr').first().locator('[data-support]')).toHaveCount(meshes.length);
  await expect(page).toHaveURL(`/matrix/?req=1&need=${ids.join(',')}`);

  await page.reload();
  await expect(page.locator('#req-summary')).toHaveText(summary);
  for (const feature of needed) await expect(page.getByLabel(`I need ${feature.name}`)).toBeChecked();
  // Ticks do not filter, and "Reset filters" keeps them.
  expect(await visibleRows(page)).toHaveLength(total);
  await page.getByRole('button', { name: 'Reset filters' }).first().click();
  await expect(page.locator('#req-summary')).toHaveText(summary);
  await page.getByRole('button', { name: 'Clear ticked features' }).click();
  await expect(page.locator('#req-rows > tr')).toHaveCount(0);
  await expect(page).toHaveURL(/\?req=1$/);
});

test('a shared link restores every filter, and reloading keeps it', async ({ page }) => {
  const query = `?q=a&category=${someCategory.category.id}&support.${firstMesh.id}=${supportOrder.join(',')}&diff=1`;
  const canonical = `?${serializeFilterState(parseFilterState(query, known).state)}`;
  await openMatrix(page, query);
  const expected = expectedFor(query);
  const check = async () => {
    await expect(page.getByLabel('Search features')).toHaveValue('a');
    await expect(page.getByLabel('Category')).toHaveValue(someCategory.category.id);
    await expect(page.getByLabel('Only differences')).toBeChecked();
    for (const level of supportOrder) {
      await expect(
        page.getByRole('group', { name: `${firstMesh.name} support` }).getByLabel(supportLabel(level), { exact: true }),
      ).toBeChecked();
    }
    expect(await visibleRows(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe(canonical);
  };
  await check();
  await page.reload();
  await check();
});

test('Back and Forward restore earlier filters', async ({ page }) => {
  const [a, b] = groups;
  expect(b, 'the real data has at least two categories').toBeDefined();
  await openMatrix(page);
  const category = page.getByLabel('Category');
  await category.selectOption(a!.category.id);
  await category.selectOption(b!.category.id);
  await page.getByLabel('Only differences').check();
  await page.goBack();
  await expect(page.getByLabel('Only differences')).not.toBeChecked();
  await expect(category).toHaveValue(b!.category.id);
  await page.goBack();
  await expect(category).toHaveValue(a!.category.id);
  expect(await visibleRows(page)).toEqual(a!.features.map((f) => f.id));
  await page.goBack();
  await expect(category).toHaveValue('');
  expect(await visibleRows(page)).toHaveLength(total);
  await page.goForward();
  await expect(category).toHaveValue(a!.category.id);
  expect(await visibleRows(page)).toEqual(a!.features.map((f) => f.id));
});

test('a malicious link injects nothing and says which parameters were ignored', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  await page.goto(`/matrix/?q=${encodeURIComponent(payload)}&category=__proto__&%3Cscript%3E=1`);
  await expect(page.locator('#matrix-filters')).toBeVisible();
  const notice = page.locator('#matrix-notice');
  await expect(notice).toContainText('Ignored 2 link parameters');
  await expect(notice).toContainText('unknown category "__proto__"');
  await expect(notice).toContainText('"<script>" (unknown parameter)');
  await expect(page.getByLabel('Search features')).toHaveValue(payload);
  expect(await page.locator('img[src="x"], #matrix-notice script, #matrix-notice img').count()).toBe(0);
  expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent(payload).replace(/%20/g, '+')}`);
  expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
  await expect(page.locator('#matrix-status')).toHaveText(`0 of ${total} features shown.`);
  expect(dialogs).toBe(0);
  // The notice is about the link; it goes away once the reader changes the filters.
  await page.getByLabel('Search features').fill('');
  await expect(notice).toBeEmpty();
});

test('a row permalink scrolls the row below the sticky headers', async ({ page }) => {
  const target = groups[groups.length - 1]!.features.at(-1)!;
  // 768 px: the site header's navigation wraps, so the header is taller than on wide screens.
  for (const [width, query] of [
    [1280, ''],
    [1280, `?category=${target.category}`],
    [768, ''],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/matrix/${query}#${target.id}`);
    await expect(page.locator('#matrix-filters')).toBeVisible();
    const row = page.locator(`tr[id="${target.id}"]`);
    await expect(row).toBeInViewport();
    const where = `${width} px, "${query}"`;
    const rowTop = (await row.boundingBox())!.y;
    const headerBottom = await page.locator('header[role="banner"]').evaluate((el) => el.getBoundingClientRect().bottom);
    // The sticky cells of the table's header row (the <thead> box itself stays in place).
    const thead = await row.evaluate((el) => el.closest('table')!.querySelector('thead th')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(rowTop, where).toBeGreaterThanOrEqual(headerBottom - 0.5);
    expect(rowTop, where).toBeGreaterThanOrEqual(thead.bottom - 0.5);
    // The table's header row is stuck just below the site header, not under it.
    expect(thead.top, where).toBeGreaterThanOrEqual(headerBottom - 1.5);
  }
});

test('cell details open from the keyboard', async ({ page }) => {
  await openMatrix(page);
  const summary = page.locator('tr[data-feature] details > summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-feature] details').first()).toHaveAttribute('open', '');
  await expect(page.locator('tr[data-feature] details').first().getByText('Verified')).toBeVisible();
});

// axe over the whole matrix with every disclosure open (~4000 elements) is slow, very slow in Firefox over
// WebDriver BiDi: Chromium checks the whole page, Firefox and the dark theme one category (the same components).
test('no accessibility violations on the matrix with details and requirements open', async ({ page, browserName }) => {
  test.setTimeout(300_000);
  const scope = browserName === 'firefox' ? `&category=${someCategory.category.id}` : '';
  await openMatrix(page, `?req=1&need=${features[0]!.id}${scope}`);
  await page.$$eval('details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  await expectNoAxeViolations(page);
});

test('no accessibility violations on the matrix in the dark theme', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await openMatrix(page, `?req=1&need=${features[0]!.id}&category=${someCategory.category.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.$$eval('details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  await expectNoAxeViolations(page);
});

test.describe('feature page', () => {
  const feature = features[0]!;

  test('shows every mesh, the sources and related features, and links back to the matrix row', async ({ page }) => {
    await page.goto(`/features/${feature.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feature.name);
    for (const mesh of meshes) {
      const section = page.locator(`section[id="${mesh.id}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toContainText(mesh.name);
      await expect(section.locator('[data-support]').first()).toHaveAttribute('data-support', feature.cells[mesh.id]!.support);
      await expect(section.getByText(feature.cells[mesh.id]!.summary, { exact: true })).toBeVisible();
    }
    const sourceIds = new Set(meshes.flatMap((mesh) => feature.cells[mesh.id]!.sources));
    await expect(page.locator('section[aria-labelledby="sources-title"] li')).toHaveCount(sourceIds.size);
    const related = features.filter((f) => f.category === feature.category && f.id !== feature.id);
    await expect(page.locator('section[aria-labelledby="related-title"] li')).toHaveCount(related.length);

    await page.getByRole('link', { name: /See it in the matrix/ }).click();
    await expect(page).toHaveURL(`/matrix/?category=${feature.category}#${feature.id}`);
    await expect(page.locator(`tr[id="${feature.id}"]`)).toBeInViewport();
    expect(await visibleRows(page)).toEqual(expectedFor(`?category=${feature.category}`));
  });

  test('mesh anchors from the Sources page land on the mesh section', async ({ page }) => {
    const mesh = meshes[meshes.length - 1]!;
    await page.goto(`/features/${feature.id}/#${mesh.id}`);
    await expect(page.locator(`section[id="${mesh.id}"]`)).toBeInViewport();
  });

  test('no accessibility violations on a feature page', async ({ page }) => {
    await page.goto(`/features/${feature.id}/`);
    await expectNoAxeViolations(page);
  });
});

test('matrix and feature page fit a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/matrix/', `/features/${features[0]!.id}/`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  // Rows become cards that name the mesh in each cell; on wide screens the name is for screen readers only.
  await page.goto('/matrix/');
  const label = page.locator('tr[data-feature] td .cell-mesh').first();
  await expect(label).toHaveText(meshes[0]!.name);
  expect((await label.boundingBox())?.width).toBeGreaterThan(10);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await label.boundingBox())?.width).toBeLessThanOrEqual(1);
});

function supportLabel(level: string): string {
  return { yes: 'Yes', partial: 'Partial', 'via-addon': 'Via add-on', no: 'No', unknown: 'Unknown' }[level] ?? level;
}
