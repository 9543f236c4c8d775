// Lighthouse scores (performance, accessibility, best practices, SEO) for a list of URLs,
// with Debian's Chromium launched once by chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../browsers.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export const chromeFlags = chromiumArgs;

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Scores (0–100), key metrics and the weighted audits that did not pass, from one Lighthouse result. */
export function summarizeLhr(lhr) {
  const scores = {};
  const failing = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({ category: id, id: ref.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' });
    }
  }
  const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.displayValue ?? null]));
  // Where main-thread time went and how big the DOM is: the usual causes of blocking time on static pages.
  const domItem = lhr.audits['dom-size-insight']?.details?.items?.[0];
  const domElements = lhr.audits['dom-size']?.numericValue ?? domItem?.value?.value ?? null;
  const mainThread = [...(lhr.audits['mainthread-work-breakdown']?.details?.items ?? [])]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 4)
    .map((item) => `${item.groupLabel ?? item.group} ${Math.round(item.duration)} ms`);
  const warnings = lhr.runWarnings ?? [];
  return {
    scores,
    metrics,
    failing,
    warnings,
    domElements,
    mainThread,
    formFactor: lhr.configSettings?.formFactor ?? 'mobile',
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

/**
 * Runs Lighthouse on each URL (mobile defaults: emulated Moto G Power, simulated slow 4G).
 * With runs > 1 the run with the median performance score is kept.
 * @param {string[]} urls
 * @param {{ chromePath?: string, runs?: number, log?: (line: string) => void }} [options]
 */
export async function runLighthouse(urls, { chromePath = process.env.CHROME_PATH ?? chromiumPath, runs = 1, log = () => {} } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const results = {};
  try {
    for (const url of urls) {
      const attempts = [];
      for (let i = 0; i < runs; i += 1) {
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
          if (!result) throw new Error('Lighthouse returned no result');
          if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
          attempts.push(summarizeLhr(result.lhr));
        } catch (error) {
          attempts.push({ error: error instanceof Error ? error.message : String(error) });
        }
      }
      const ok = attempts.filter((a) => !a.error).sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      results[url] = ok[Math.floor((ok.length - 1) / 2)] ?? attempts[0];
      const r = results[url];
      log(`  lighthouse ${url}: ${r.error ? `error: ${r.error}` : categories.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
  return { results, chromeVersion: await chromeVersion(chromePath) };
}

async function chromeVersion(chromePath) {
  const { execFileSync } = await import('node:child_process');
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
