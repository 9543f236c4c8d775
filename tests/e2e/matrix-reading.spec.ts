// What a careful reader hits on the matrix: focus under sticky headers, the text filter's vocabulary,
// shared filtered links, links to filtered-out rows, and printing.
import { expect, test } from '@playwright/test';
import { loadDataset } from '../../src/lib/content/load';

const dataset = loadDataset(new URL('../..', import.meta.url).pathname);
const multicluster = dataset.features.filter((f) => f.category === 'multicluster');

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('keyboard focus moving up the rows is never under the sticky headers', async ({ page }) => {
    await page.goto('/matrix/#grpc');
    await page.locator('tr[id="grpc"] th a').first().focus();
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Shift+Tab');
      const { top, bottom } = await page.evaluate(() => {
        const focused = document.activeElement!.getBoundingClientRect();
        const heads = [...document.querySelectorAll('.matrix-head')]
          .map((h) => h.getBoundingClientRect())
          .filter((r) => r.top <= 200 && r.bottom > 0);
        const header = document.querySelector('header[role="banner"]')!.getBoundingClientRect();
        return { top: focused.top, bottom: Math.max(header.bottom, ...heads.map((r) => r.bottom)) };
      });
      expect(top, `step ${step}`).toBeGreaterThanOrEqual(bottom - 1);
    }
  });

  test('a shared filtered link shows result rows above the fold', async ({ page }) => {
    await page.goto('/matrix/?category=security');
    const firstRow = page.locator('tr[data-feature]:not([hidden])').first();
    await expect(firstRow).toBeInViewport();
  });
});

test('the text filter folds hyphens and spaces and searches category names', async ({ page }) => {
  await page.goto('/matrix/');
  const query = page.getByLabel('Search features');
  const count = () => page.locator('tr[data-feature]:not([hidden])').count();
  await query.fill('multicluster');
  await expect(page.locator('#matrix-status')).not.toHaveText(/^All/);
  const joined = await count();
  await query.fill('multi-cluster');
  await expect.poll(count).toBe(joined);
  await query.fill('multi cluster');
  await expect.poll(count).toBe(joined);
  expect(joined).toBeGreaterThanOrEqual(multicluster.length);
  await query.fill('gateway api');
  const spaced = await count();
  await query.fill('gateway-api');
  await expect.poll(count).toBe(spaced);
  expect(spaced).toBeGreaterThan(0);
});

test('a link to a row the filters hide says so and offers to show it', async ({ page }) => {
  await page.goto('/matrix/?category=security');
  await page.locator('nav[aria-label="Categories"] a[href="#category-traffic"]').click();
  const notice = page.locator('#matrix-notice');
  await expect(notice).toContainText('hidden by the current filters');
  await notice.getByRole('button', { name: 'Clear filters and show it' }).click();
  await expect(page.locator('#category-traffic')).toBeVisible();
  await expect(page.locator('#category-traffic')).toBeInViewport();
  await expect(page).not.toHaveURL(/category=/);

  await page.goto('/matrix/?category=security#retries');
  await expect(notice).toContainText('is hidden by the current filters');
});

test('printing opens every cell’s details, with notes, dates and sources', async ({ page }) => {
  await page.goto('/matrix/');
  const facts = page.locator('tr[data-feature] .cell-facts').first();
  await expect(facts).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(facts).toBeVisible();
  await expect(facts).toContainText('Sources:');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(facts).toBeHidden();
});

// Print emulation and page.pdf() are Chromium's; Firefox over WebDriver BiDi has neither.
test('the printed matrix has dark text and its citations, even with the dark theme pinned @chromium-only', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/matrix/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const facts = page.locator('tr[data-feature] .cell-facts').first();
  await expect(facts).toBeVisible();
  const color = await facts.evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, color).toBeLessThan(3 * 140);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
});
