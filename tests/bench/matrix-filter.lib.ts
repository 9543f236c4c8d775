// Filter-latency benchmark of the feature matrix: a synthetic dataset (default 1000 features, 6 meshes) in memory,
// many runs per filter state, median and p95. Writes tests/bench/out/matrix-filter.{json,md}.
// Run: node tests/bench/matrix-filter.mjs (or: vitest run --config tests/bench/matrix-filter.vitest.config.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { filterFeatures, requirementsSummary } from '../../src/lib/matrix/filter';
import { emptyFilterState, parseFilterState, serializeFilterState, type FilterState } from '../../src/lib/matrix/filter-state';
import { syntheticItems, syntheticVersions } from './synthetic-items';

export interface BenchOptions {
  features?: number;
  meshes?: number;
  /** Timed runs per case (after warm-up). */
  runs?: number;
  seed?: number;
}

export interface BenchCase {
  name: string;
  query: string;
  matches: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface BenchReport {
  generatedAt: string;
  environment: { node: string; cpus: number; cpuModel: string; loadAverage: string };
  dataset: { features: number; meshes: string[]; categories: number; seed: number };
  runs: number;
  /** The first filterFeatures call with text, which builds the per-feature search text. */
  coldTextFilterMs: number;
  cases: BenchCase[];
  budgetMs: number;
  withinBudget: boolean;
}

/** 16 ms is one frame at 60 Hz: filtering should never cost a frame. */
export const budgetMs = 16;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(run: () => unknown, runs: number) {
  for (let i = 0; i < Math.min(20, runs); i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { medianMs: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), maxMs: round(samples.at(-1) ?? 0) };
}

export function runMatrixFilterBench(options: BenchOptions = {}): BenchReport {
  const featureCount = options.features ?? 1000;
  const meshCount = Math.max(2, options.meshes ?? 6);
  const runs = options.runs ?? 300;
  const seed = options.seed ?? 42;
  const meshes = ['istio', 'linkerd', ...Array.from({ length: meshCount - 2 }, (_, i) => `mesh-${i + 3}`)];
  const categories = Array.from({ length: 10 }, (_, i) => `category-${i + 1}`);
  const features = syntheticItems(featureCount, meshes, categories, seed);
  const known = { categories, meshes, featureIds: features.map((f) => f.id) };
  const base = emptyFilterState(meshes);

  const coldStart = performance.now();
  filterFeatures(features, { ...base, q: 'warm' });
  const coldTextFilterMs = Math.round((performance.now() - coldStart) * 1000) / 1000;

  const states: { name: string; state: FilterState }[] = [
    { name: 'no filter', state: base },
    { name: 'text, one word', state: { ...base, q: 'mtls' } },
    { name: 'text, three words', state: { ...base, q: 'proxy rate limit' } },
    { name: 'text, no match', state: { ...base, q: 'zzqx' } },
    { name: 'category', state: { ...base, category: 'category-3' } },
    { name: 'support on two meshes', state: { ...base, support: { ...base.support, istio: ['yes'], linkerd: ['partial', 'no'] } } },
    { name: 'only differences', state: { ...base, diff: true } },
    {
      name: 'everything combined',
      state: {
        ...base,
        q: 'gateway',
        category: 'category-2',
        diff: true,
        support: { ...base.support, [meshes.at(-1)!]: ['yes', 'partial'] },
      },
    },
  ];
  // Every column viewed as of its oldest release: each cell's as-of state is computed.
  const asOldest = Object.fromEntries(meshes.map((mesh) => [mesh, syntheticVersions[0]!]));
  states.push(
    { name: 'as of an older release, support filter', state: { ...base, support: { ...base.support, istio: ['yes'] } } },
    { name: 'as of an older release, only differences', state: { ...base, diff: true } },
  );
  const versionsFor = (name: string) => (name.startsWith('as of') ? asOldest : {});
  const cases: BenchCase[] = states.map(({ name, state }) => ({
    name,
    query: serializeFilterState(state),
    matches: filterFeatures(features, state, versionsFor(name)).length,
    ...time(() => filterFeatures(features, state, versionsFor(name)), runs),
  }));

  const need = known.featureIds.filter((_, i) => i % 20 === 0);
  const longQuery = `q=gateway&category=category-2&diff=1&support.istio=yes,partial&req=1&need=${need.join(',')}`;
  cases.push({
    name: `URL parse + serialize (${need.length} needs)`,
    query: longQuery,
    matches: 0,
    ...time(() => serializeFilterState(parseFilterState(longQuery, known).state), runs),
  });
  cases.push({
    name: `requirements summary (${need.length} needs)`,
    query: '',
    matches: need.length,
    ...time(() => requirementsSummary(features, need, meshes), runs),
  });

  return {
    generatedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage: loadavg()
        .map((n) => n.toFixed(2))
        .join(' '),
    },
    dataset: { features: featureCount, meshes, categories: categories.length, seed },
    runs,
    coldTextFilterMs,
    cases,
    budgetMs,
    withinBudget: cases.every((c) => c.p95Ms <= budgetMs) && coldTextFilterMs <= budgetMs * 4,
  };
}

export function toMarkdown(report: BenchReport): string {
  const lines = [
    '## Matrix filter latency',
    '',
    `${report.dataset.features} synthetic features × ${report.dataset.meshes.length} meshes, ${report.runs} timed runs per case, ` +
      `Node ${report.environment.node}, ${report.environment.cpus} CPUs (load ${report.environment.loadAverage}).`,
    `First text filter (builds the search text of every feature): ${report.coldTextFilterMs} ms.`,
    `Budget: p95 ≤ ${report.budgetMs} ms per filter (one frame): **${report.withinBudget ? 'PASS' : 'FAIL'}**.`,
    '',
    '| Case | Matches | Median (ms) | p95 (ms) | Max (ms) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.cases.map((c) => `| ${c.name} | ${c.matches} | ${c.medianMs} | ${c.p95Ms} | ${c.maxMs} |`),
    '',
    'DOM update cost (showing and hiding rows) is not measured here.',
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes matrix-filter.json and matrix-filter.md into `dir` and returns their paths. */
export function writeMatrixFilterReport(report: BenchReport, dir: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'matrix-filter.json');
  const markdown = join(dir, 'matrix-filter.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, toMarkdown(report));
  return { json, markdown };
}
