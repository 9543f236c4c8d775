import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumChoice, firefoxChoice } from './browsers';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

const chromium = {
  browserName: 'chromium' as const,
  ...(chromiumChoice.use.executablePath
    ? { launchOptions: { executablePath: chromiumChoice.use.executablePath, args: chromiumArgs } }
    : {}),
};
const firefox = {
  browserName: 'firefox' as const,
  ...(firefoxChoice.use.channel ? { channel: firefoxChoice.use.channel } : {}),
  ...(firefoxChoice.use.executablePath ? { launchOptions: { executablePath: firefoxChoice.use.executablePath } } : {}),
};

// Behaviour tests run in both browsers; accessibility is its own pair of projects (Chromium checks every page,
// Firefox a sample), so no test is generated only to be skipped. `@chromium-only` marks what Firefox over
// WebDriver BiDi cannot emulate (colorScheme).
export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.TEST_RESULTS_DIR ?? '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    { name: 'chromium', testIgnore: 'a11y/**', use: chromium },
    { name: 'firefox', testIgnore: 'a11y/**', grepInvert: /@chromium-only/, use: firefox },
    { name: 'a11y-chromium', testMatch: 'a11y/*.spec.ts', use: chromium },
    { name: 'a11y-firefox', testMatch: 'a11y/sample.spec.ts', use: firefox },
  ],
});
