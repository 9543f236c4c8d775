// Shared by the accessibility projects: the page list from the build in OUT_DIR, a sample, and theme choice.
import { expect, type Page } from '@playwright/test';
import { builtPages } from '../../site/dist';
import { expectNoAxeViolations } from '../helpers';

export { expectNoAxeViolations };

// axe on the largest pages (the matrix and sources, ~4000 elements each) needs tens of seconds on a busy machine (minutes in Firefox).
export const axeTimeout = 180_000;

export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** The URL path a built HTML file is served at (base path included). */
function urlPath(file: string): string {
  if (file === '404.html') return `${base}no-such-page/`;
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export const allPages = builtPages().map(urlPath);
const firstFeature = allPages.find((path) => path.includes('/features/'));
export const sample = [
  ...['', 'articles/overview/', 'matrix/', 'calculator/'].map((path) => `${base}${path}`),
  firstFeature ?? `${base}features/`,
  ...['sources/', 'no-such-page/'].map((path) => `${base}${path}`),
];

/** Opens a page with the theme chosen the way a reader would (saved choice read by theme.js). */
export async function openWithTheme(page: Page, path: string, theme: 'light' | 'dark') {
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
