// axe (WCAG 2.0/2.1/2.2 A and AA) on every built page, light theme. Runs in the a11y-chromium project.
import { expect, test } from '@playwright/test';
import { allPages, axeTimeout, base, expectNoAxeViolations, openWithTheme, sample } from './pages';

test.describe.configure({ timeout: axeTimeout });

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
