import { expect, test, type Page } from '@playwright/test';
import {
  calculate,
  defaultInput,
  formatMb,
  formatTotal,
  parseCalculatorInput,
  summaryText,
  toMb,
  type CalculatorFigures,
  type CalculatorInput,
  type LineId,
} from '../../src/lib/calculator';
import { expectNoAxeViolations } from './helpers';

const path = '/calculator/';

/** The figures the page was built with, read from its JSON data block. */
async function pageFigures(page: Page): Promise<CalculatorFigures> {
  return JSON.parse((await page.locator('script[data-calc-figures]').textContent()) ?? '') as CalculatorFigures;
}

function inputOf(query: string): CalculatorInput {
  const parsed = parseCalculatorInput(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`bad test query ${query}`);
  return parsed.ok;
}

const total = (page: Page, mesh: 'istio' | 'linkerd') => page.locator(`[data-calc-mesh="${mesh}"] [data-calc-total]`);
const row = (page: Page, line: LineId) => page.locator(`[data-calc-line="${line}"]`);
const cell = (page: Page, line: LineId, name: 'count' | 'each' | 'origin' | 'subtotal') =>
  row(page, line).locator(`[data-calc-cell="${name}"]`);
const summary = (page: Page) => page.locator('[data-calc-summary]');

/** Every total, row and the summary on the page match `calculate(input)`. */
async function expectResult(page: Page, input: CalculatorInput) {
  const result = calculate(input, await pageFigures(page));
  await expect(summary(page)).toHaveText(summaryText(result, input.mode));
  for (const estimate of [result.istio, result.linkerd]) {
    await expect(total(page, estimate.mesh)).toHaveText(formatTotal(estimate.total));
    for (const line of estimate.lines) {
      await expect(row(page, line.id)).toBeVisible();
      await expect(cell(page, line.id, 'count')).toHaveText(line.countText);
      await expect(cell(page, line.id, 'subtotal')).toHaveText(formatMb(line.subtotal));
    }
  }
}

async function expectNoBadNumbers(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the complete default estimate', async ({ page }) => {
    await page.goto(path);
    await expectResult(page, defaultInput);
    await expect(page.locator('[data-calc-figure="istio-sidecar"]')).toContainText('Source:');
    await expect(
      page.locator('[data-calc-figure="istio-sidecar"] [data-calc-variant="typical"] a[href*="/sources/#"]').first(),
    ).toBeVisible();
    await expectNoBadNumbers(page);
  });
});

test('typing updates the totals, the chart and the URL', async ({ page }) => {
  await page.goto(path);
  await expectResult(page, defaultInput);
  const pods = page.getByLabel('Meshed pods');
  await pods.fill('');
  await pods.pressSequentially('2500');
  await expectResult(page, { ...defaultInput, pods: 2500 });
  await expect(page).toHaveURL(/\?pods=2500$/);
  await expect(page.locator('rect[data-calc-bar="istio"]')).toHaveAttribute('width', '100.00%');
  const result = calculate({ ...defaultInput, pods: 2500 }, await pageFigures(page));
  const linkerdWidth = ((result.linkerd.total / result.istio.total) * 100).toFixed(2);
  await expect(page.locator('rect[data-calc-bar="linkerd"]')).toHaveAttribute('width', `${linkerdWidth}%`);
  await expect(page.locator('[data-calc-chart] title')).toContainText(formatTotal(result.linkerd.total));
});

test('presets switch the figures and their sources', async ({ page }) => {
  await page.goto(path);
  const figures = await pageFigures(page);
  for (const preset of ['low', 'high', 'typical'] as const) {
    await page.getByRole('radio', { name: preset === 'low' ? 'Low' : preset === 'high' ? 'High' : 'Typical', exact: true }).check();
    await expect(cell(page, 'istio-sidecar', 'each')).toHaveText(formatMb(toMb(figures['istio-sidecar'].presets[preset])));
    await expect(cell(page, 'linkerd-sidecar', 'each')).toHaveText(formatMb(toMb(figures['linkerd-sidecar'].presets[preset])));
    await expect(cell(page, 'istio-sidecar', 'origin')).toContainText(`${preset} preset`);
    const block = page.locator('[data-calc-figure="istio-sidecar"]');
    await expect(block.locator(`[data-calc-variant="${preset}"]`)).toBeVisible();
    await expect(block.locator('[data-calc-variant]:visible')).toHaveCount(1);
    await expectResult(page, { ...defaultInput, preset });
  }
  await expect(page).toHaveURL(/\/calculator\/$/); // back at the defaults: no query
});

test('a custom figure replaces the preset for that proxy type', async ({ page }) => {
  await page.goto(path);
  await page.getByText('Use your own figures').click();
  await page.getByLabel('Istio sidecar (Envoy), MB per pod').fill('75.5');
  await expect(cell(page, 'istio-sidecar', 'each')).toHaveText('75.5 MB');
  await expect(cell(page, 'istio-sidecar', 'origin')).toHaveText('your figure');
  await expect(page.locator('[data-calc-figure="istio-sidecar"] [data-calc-variant="custom"]')).toContainText('75.5 MB');
  await expect(page).toHaveURL(/istio-sidecar-mb=75\.5/);
  await expectResult(page, { ...defaultInput, custom: { 'istio-sidecar': 75.5 } });
});

test('ambient mode replaces Istio sidecars with ztunnel per node and waypoints', async ({ page }) => {
  await page.goto(path);
  const linkerdBefore = await total(page, 'linkerd').textContent();
  await page.getByRole('radio', { name: 'Ambient', exact: true }).check();
  await expect(row(page, 'istio-sidecar')).toBeHidden();
  await expect(cell(page, 'istio-ztunnel', 'count')).toHaveText(`${defaultInput.nodes} nodes`);
  await expect(cell(page, 'istio-waypoint', 'count')).toHaveText('1 waypoint replica');
  await expect(page.locator('[data-calc-mesh="istio"] [data-calc-mode]')).toHaveText('ambient mode');
  await expect(page.locator('[data-calc-figure="istio-ztunnel"]')).toBeVisible();
  await expect(page.locator('[data-calc-figure="istio-sidecar"]')).toBeHidden();
  await page.getByLabel('Nodes', { exact: true }).fill('40');
  await page.getByLabel('Waypoint replicas').fill('6');
  await expectResult(page, { ...defaultInput, mode: 'ambient', nodes: 40, waypoints: 6 });
  await expect(total(page, 'linkerd')).toHaveText(linkerdBefore ?? '');
  await expect(page).toHaveURL(/nodes=40.*waypoints=6.*mode=ambient/);
});

test('the URL round-trips: a link reproduces the result, edits update it, reload keeps it', async ({ page }) => {
  const query = 'pods=300&nodes=7&mode=ambient&waypoints=2&replicas=3&preset=high&linkerd-sidecar-mb=12.5&utm_source=test';
  await page.goto(`${path}?${query}`);
  await expect(page.getByLabel('Meshed pods')).toHaveValue('300');
  await expect(page.getByRole('radio', { name: 'Ambient', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'High', exact: true })).toBeChecked();
  await expect(page.getByLabel('Linkerd proxy, MB per pod')).toHaveValue('12.5');
  const input = inputOf(query);
  await expectResult(page, input);

  await page.getByLabel('Meshed pods').fill('400');
  await expect(page).toHaveURL(/[?&]pods=400(&|$)/);
  await expect(page).toHaveURL(/utm_source=test/); // other parameters are kept
  await page.reload();
  await expect(page.getByLabel('Meshed pods')).toHaveValue('400');
  await expectResult(page, { ...input, pods: 400 });
});

test("the seeds' example link gives 5,000 MB of Istio sidecars and 1,000 MB of Linkerd proxies", async ({ page }) => {
  await page.goto(path);
  await page.getByRole('link', { name: 'at 10 MB per proxy' }).click();
  await expect(cell(page, 'istio-sidecar', 'subtotal')).toHaveText('5,000 MB');
  await expect(cell(page, 'linkerd-sidecar', 'subtotal')).toHaveText('1,000 MB');
  await page.getByRole('link', { name: 'at 30 MB per proxy' }).click();
  await expect(cell(page, 'linkerd-sidecar', 'subtotal')).toHaveText('3,000 MB');
});

test('bad input shows a message by the field and keeps the last valid result', async ({ page }) => {
  await page.goto(path);
  const pods = page.getByLabel('Meshed pods');
  await pods.fill('250');
  await expectResult(page, { ...defaultInput, pods: 250 });
  const error = page.locator('[data-calc-error-for="pods"]');
  for (const [value, message] of [
    ['-5', 'Enter a number from 0 to 1,000,000.'],
    ['abc', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['12.5', 'Enter a whole number (no decimals) from 0 to 1,000,000.'],
    ['1e12', 'Enter a number from 0 to 1,000,000.'],
    ['Infinity', 'Enter a whole number using digits only, from 0 to 1,000,000.'],
    ['', 'Enter a number from 0 to 1,000,000.'],
  ]) {
    await pods.fill(value!);
    await expect(error).toHaveText(message!);
    await expect(pods).toHaveAttribute('aria-invalid', 'true');
    await expect(pods).toHaveAttribute('aria-describedby', new RegExp(`(^| )${await error.getAttribute('id')}( |$)`));
    await expect(page.locator('[data-calc-notice]')).toContainText('not updated');
    await expect(page.locator('[data-calc-notice]')).toContainText('your last valid values');
    expect(await page.locator('[data-calc-quick]').evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    await expect(cell(page, 'istio-sidecar', 'count')).toHaveText('250 pods');
    await expect(page).toHaveURL(/\?pods=250$/);
    await expectNoBadNumbers(page);
  }
  await page.getByText('Use your own figures').click();
  await page.getByLabel('Istio ztunnel, MB per node').fill('0');
  await expect(page.locator('[data-calc-error-for="istio-ztunnel-mb"]')).toContainText('0.1 to 10,000 MB');
  await page.getByLabel('Istio ztunnel, MB per node').fill('');
  await pods.fill('260');
  await expect(error).toBeHidden();
  await expect(pods).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-calc-notice]')).toBeHidden();
  await expect(page.locator('[data-calculator]')).not.toHaveAttribute('data-calc-stale');
  await expectResult(page, { ...defaultInput, pods: 260 });
});

test('ambient mode and the matrix’s ambient column link to each other', async ({ page }) => {
  await page.goto(path);
  await page.locator('[data-matrix-ambient]').click();
  await expect(page).toHaveURL(/\/matrix\/\?cols=istio-ambient,linkerd$/);
  await page.locator('a[href$="calculator/?mode=ambient"]').first().click();
  await expect(page.getByRole('radio', { name: 'Ambient' })).toBeChecked();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('a compact live total stays in view while the inputs change', async ({ page }) => {
    await page.goto(path);
    const quick = page.locator('[data-calc-quick]');
    const before = await quick.textContent();
    const nodes = page.getByLabel('Nodes');
    await nodes.scrollIntoViewIfNeeded();
    await page.getByLabel('Meshed pods').fill('900');
    await nodes.scrollIntoViewIfNeeded();
    await expect(quick).toBeInViewport();
    await expect(quick).not.toHaveText(before!);
    await expect(quick).toContainText('Istio');
  });
});

test('malicious URL parameters are shown as text, never run or injected', async ({ page }) => {
  const attack = '<img src=x onerror="window.__calcInjected=1"><script>window.__calcInjected=2</script>';
  const params = new URLSearchParams({ pods: attack, preset: '"><svg onload="window.__calcInjected=3">', 'istio-sidecar-mb': 'Infinity' });
  await page.goto(`${path}?${params}`);
  await expect(page.getByLabel('Meshed pods')).toHaveValue(attack);
  await expect(page.locator('[data-calc-error-for="pods"]')).toHaveText('Enter a whole number using digits only, from 0 to 1,000,000.');
  await expect(page.locator('[data-calc-error-for="preset"]')).toHaveText('Choose the low, typical or high preset.');
  await expect(page.locator('[data-calc-error-for="istio-sidecar-mb"]')).toBeVisible();
  await expect(page.locator('[data-calc-notice]')).toContainText('3 fields need a valid value');
  // A bad link never had valid values: the notice says the defaults are shown, and they are dimmed.
  await expect(page.locator('[data-calc-notice]')).toContainText('It shows the default values, struck through');
  await expect(page.locator('[data-calculator]')).toHaveAttribute('data-calc-stale', '');
  await expect(page.locator('img[src="x"], [data-calculator] svg[onload]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __calcInjected?: number }).__calcInjected)).toBeUndefined();
  await expectResult(page, defaultInput); // the build-time default stays
  await expectNoBadNumbers(page);
});

test('is keyboard operable with a polite live summary', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('[data-calc-live]')).toHaveAttribute('aria-live', 'polite');
  await page.getByLabel('Meshed pods').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Proxies per pod')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await expect(page.locator('[data-calc-error-for="proxies"]')).toHaveText('Enter a number from 1 to 10.');
  await page.keyboard.press('Backspace');
  await expect(cell(page, 'istio-sidecar', 'count')).toHaveText('40 pods');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(cell(page, 'istio-sidecar', 'count')).toHaveText('40 pods × 2 proxies');
  await page.getByRole('radio', { name: 'Sidecar', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Ambient', exact: true })).toBeChecked();
  await expect(row(page, 'istio-ztunnel')).toBeVisible();
  await expect(summary(page)).toContainText('Istio (ambient mode)');
});

test('fits a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${path}?mode=ambient&pods=1000000&nodes=100000&replicas=3`);
  await expect(page.getByLabel('Meshed pods')).toHaveValue('1000000');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('works when embedded in the resource-overhead article', async ({ page }) => {
  await page.goto('/articles/resource-overhead/?pods=250');
  const calculator = page.locator('[data-calculator]');
  await expect(calculator).toHaveCount(1);
  await expect(page.getByLabel('Meshed pods')).toHaveValue('250');
  await expectResult(page, { ...defaultInput, pods: 250 });
  await page.getByLabel('Meshed pods').fill('260');
  await expect(page).toHaveURL(/\/articles\/resource-overhead\/\?pods=260$/);
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
  expect(duplicateIds).toEqual([]);
});

test.describe('accessibility', () => {
  test.setTimeout(90_000); // axe in Firefox takes 10–30 s for this page on a busy 2-core machine
  test('no violations with the defaults', async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });

  test('no violations in ambient mode with an error shown', async ({ page }) => {
    await page.goto(`${path}?mode=ambient&pods=abc&linkerd-sidecar-mb=12`);
    await expect(page.locator('[data-calc-error-for="pods"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('no violations in the dark theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(`${path}?pods=-1`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });
});
