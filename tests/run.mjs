// Runs every test stage in order and prints one closing line: "N passed, N failed".
// Stages: lint (ESLint, Prettier, data rules), typecheck, unit tests, build, built-site checks, browser tests (Chromium and Firefox).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { missingBrowsers } from './browsers.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env.TEST_RESULTS_DIR ?? join(root, 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

function run(command, args, extraEnv = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Counts from a vitest JSON report; a missing report counts as one failure. */
function vitestCounts(path, ok) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 1 };
  const failed = report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

/** Counts from a Playwright JSON report (flaky counts as passed after its retry). */
function playwrightCounts(path, ok) {
  const report = readJson(path);
  if (!report) return { passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped };
}

const stages = [
  {
    // ESLint, Prettier's check and the data rules over content/ (src/lib/lint/): errors fail the stage, warnings are printed only.
    name: 'lint',
    run: () => {
      const ok = run('npm', ['run', 'lint', '--silent']);
      return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    },
  },
  {
    name: 'typecheck',
    run: () => {
      const ok = run('astro', ['check']);
      return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    },
  },
  {
    name: 'unit',
    run: () => {
      const file = join(outDir, 'unit.json');
      const ok = run('vitest', [
        'run',
        '--config',
        'tests/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${file}`,
      ]);
      return vitestCounts(file, ok);
    },
  },
  {
    name: 'build',
    run: () => {
      const ok = run('npm', ['run', 'build', '--silent']);
      return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    },
  },
  {
    name: 'site',
    run: () => {
      const file = join(outDir, 'site.json');
      const ok = run('vitest', [
        'run',
        '--config',
        'tests/vitest.site.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${file}`,
      ]);
      return vitestCounts(file, ok);
    },
  },
  {
    name: 'browser',
    run: () => {
      // One clear failure naming the fix, rather than hundreds of launch errors.
      const missing = missingBrowsers();
      if (missing.length > 0) {
        console.log(`\nBrowser tests cannot start:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
        return { passed: 0, failed: 1 };
      }
      const file = join(outDir, 'browser.json');
      const ok = run('playwright', ['test', '-c', 'tests/playwright.config.ts'], {
        PLAYWRIGHT_JSON_OUTPUT_FILE: file,
      });
      return playwrightCounts(file, ok);
    },
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const stage of stages) {
  if (only.length > 0 && !only.includes(stage.name)) continue;
  if (
    stage.name !== 'build' &&
    ['site', 'browser'].includes(stage.name) &&
    !existsSync(join(process.env.OUT_DIR ?? join(root, 'dist'), 'index.html'))
  ) {
    lines.push(`${stage.name}: skipped, no build`);
    totals.failed += 1;
    continue;
  }
  const counts = stage.run();
  const skipped = counts.skipped ?? 0;
  // Configuration is written as projects, not skips, so in CI a skipped test means something was missing.
  const skipFailure = process.env.CI && skipped > 0 ? 1 : 0;
  if (skipFailure) lines.push(`${stage.name}: ${skipped} test(s) skipped in CI (a skip hides a missing dependency)`);
  totals.passed += counts.passed;
  totals.failed += counts.failed + skipFailure;
  totals.skipped += skipped;
  lines.push(`${stage.name}: ${counts.passed} passed, ${counts.failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 ? 0 : 1);
