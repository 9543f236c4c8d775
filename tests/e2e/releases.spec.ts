// The releases page in a real browser: the Kubernetes picker and its URL, and the page without JavaScript.
// Expectations come from the content data and the same pure functions the page uses.
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/content/load';
import { matchK8sRange } from '../../src/lib/k8s-picker';
import { kubernetesMinors } from '../../src/lib/releases';
import { expectNoAxeViolations } from './helpers';

const dataset = loadDataset(new URL('../..', import.meta.url).pathname);
const releases = dataset.releases;
const minors = kubernetesMinors(releases);
const first = minors.includes('1.33') ? '1.33' : minors[0]!;
const second = minors.find((minor) => minor !== first)!;
const supporting = (k8s: string) => releases.filter((r) => matchK8sRange(r.kubernetes?.min, r.kubernetes?.max, k8s) === 'yes').length;

const rows = (page: Page) => page.locator('[data-k8s-table] tbody tr');
const marks = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.k8sMatch ?? ''));

test(`?k8s=${first} restores the picker and marks the rows`, async ({ page }) => {
  await page.goto(`/releases/?k8s=${first}`);
  const select = page.getByLabel('Check a Kubernetes version');
  await expect(select).toHaveValue(first);
  await expect(rows(page)).toHaveCount(releases.length);
  await expect.poll(() => marks(page).then((m) => m.filter((x) => x === 'yes').length)).toBe(supporting(first));
  expect((await marks(page)).every((mark) => mark === 'yes' || mark === 'no' || mark === 'unknown')).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'releases support' })).toContainText(
    `${supporting(first)} of ${releases.length} releases support Kubernetes ${first}`,
  );
  await expect(page.locator('[data-k8s-ignored]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('choosing another version updates the URL; Back restores the previous one', async ({ page }) => {
  await page.goto(`/releases/?k8s=${first}`);
  const select = page.getByLabel('Check a Kubernetes version');
  await expect(select).toHaveValue(first);
  await select.selectOption(second);
  await expect(page).toHaveURL(new RegExp(`[?&]k8s=${second.replace('.', '\\.')}(&|$)`));
  await expect.poll(() => marks(page).then((m) => m.filter((x) => x === 'yes').length)).toBe(supporting(second));
  await select.selectOption('');
  await expect(page).toHaveURL(/\/releases\/$/);
  expect((await marks(page)).every((mark) => mark === '')).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`k8s=${second.replace('.', '\\.')}`));
  await expect(select).toHaveValue(second);
  await page.goBack();
  await expect(select).toHaveValue(first);
  await page.goForward();
  await expect(select).toHaveValue(second);
});

test('an unknown value is named in a notice as text, not markup, and ignored', async ({ page }) => {
  await page.goto('/releases/?k8s=<b>x</b>');
  const notice = page.locator('#k8s-notice');
  await expect(notice).toContainText('“<b>x</b>”');
  await expect(notice.locator('b')).toHaveCount(0);
  await expect(page.getByLabel('Check a Kubernetes version')).toHaveValue('');
  expect((await marks(page)).every((mark) => mark === '')).toBe(true);
  // Choosing a version clears the notice about the link.
  await page.getByLabel('Check a Kubernetes version').selectOption(first);
  await expect(notice).toBeEmpty();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Firefox over WebDriver BiDi ignores javaScriptEnabled: false, so script files are blocked too (the site has no inline scripts).
  test.beforeEach(async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
  });

  test('the full table shows every release with its range, and the picker is hidden', async ({ page }) => {
    await page.goto(`/releases/?k8s=${first}`);
    await expect(page.getByLabel('Check a Kubernetes version')).toBeHidden();
    await expect(rows(page)).toHaveCount(releases.length);
    const visible = await rows(page).evaluateAll(
      (trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null && !(tr as HTMLElement).dataset.k8sMatch).length,
    );
    expect(visible).toBe(releases.length);
    const ranges = await rows(page).locator('td:nth-child(2)').allTextContents();
    expect(ranges).toEqual(
      expect.arrayContaining(releases.filter((r) => r.kubernetes).map((r) => `${r.kubernetes!.min} – ${r.kubernetes!.max}`)),
    );
    for (const release of releases) {
      await expect(page.locator(`#${release.product}-${release.version.replace('.', '-')}`)).toBeVisible();
    }
    await expect(page.locator('[data-releases] tbody tr')).toHaveCount(releases.length);
    await expect(page.locator('svg[data-timeline][role="img"]')).toBeVisible();
  });
});
