// axe on a sample of page types in both themes. Runs in both a11y projects (Chromium and Firefox).
import { test } from '@playwright/test';
import { axeTimeout, expectNoAxeViolations, openWithTheme, sample } from './pages';

test.describe.configure({ timeout: axeTimeout });

for (const theme of ['dark', 'light'] as const) {
  for (const path of sample) {
    test(`axe ${theme}: ${path}`, async ({ page }) => {
      await openWithTheme(page, path, theme);
      await expectNoAxeViolations(page);
    });
  }
}
