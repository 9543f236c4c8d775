// axe (WCAG 2.0/2.1/2.2 A and AA) on every built page in Chromium, and on a sample of pages in
// both browsers and both themes. The page list comes from the build in OUT_DIR.
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../site/dist';
import { expectNoAxeViolations } from './helpers';

// axe on the largest pages (the matrix and sources, ~4000 elements each) needs tens of seconds on a busy machine (minutes in Firefox).
test.describe.configure({ timeout: 180_000 });

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** The URL path a built HTML file is served at (base path included). */
function urlPath(file: string): string {
  if (file === '404.html') return `${base}no-such-page/`;
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const allPages = builtPages().map(urlPath);
const firstFeature = allPages.find((path) => path.includes('/features/'));
const sample = [
  ...['', 'articles/overview/', 'matrix/', 'calculator/'].map((path) => `${base}${path}`),
  firstFeature ?? `${base}features/`,
  ...['sources/', 'no-such-page/'].map((path) => `${base}${path}`),
];

/** Opens a page with the theme chosen the way a reader would (saved choice read by theme.js). */
async function openWithTheme(page: Page, path: string, theme: 'light' | 'dark') {
  await page.addInitScript((value) => {
    try {
      localStorage.setItem('theme', value);
    } catch {
      // storage disabled: the page falls back to the system theme
    }
  }, theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test.describe('every built page (Chromium, light theme)', () => {
  test.beforeEach(({ browserName }) => {
    test.skip(browserName !== 'chromium', 'Firefox checks the sample below');
  });

  test('the page list comes from the build', () => {
    expect(allPages).toContain(base);
    expect(allPages.length).toBeGreaterThanOrEqual(sample.length);
  });

  for (const path of allPages) {
    test(`axe: ${path}`, async ({ page }) => {
      await openWithTheme(page, path, 'light');
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('sample pages in the dark theme (both browsers)', () => {
  for (const path of sample) {
    test(`axe dark: ${path}`, async ({ page }) => {
      await openWithTheme(page, path, 'dark');
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('sample pages in the light theme (Firefox)', () => {
  test.beforeEach(({ browserName }) => {
    test.skip(browserName !== 'firefox', 'Chromium checks every page in the light theme above');
  });

  for (const path of sample) {
    test(`axe light: ${path}`, async ({ page }) => {
      await openWithTheme(page, path, 'light');
      await expectNoAxeViolations(page);
    });
  }
});
