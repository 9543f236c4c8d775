// Runs the matrix filter benchmark and writes its report (no timing assertions: numbers go to the report).
// Options from the environment: MATRIX_BENCH_FEATURES, MATRIX_BENCH_MESHES, MATRIX_BENCH_RUNS.
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runMatrixFilterBench, writeMatrixFilterReport } from './matrix-filter.lib';

const option = (name: string) => {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

it('measures filter latency and writes tests/bench/out/matrix-filter.{json,md}', () => {
  const report = runMatrixFilterBench({
    features: option('MATRIX_BENCH_FEATURES'),
    meshes: option('MATRIX_BENCH_MESHES'),
    runs: option('MATRIX_BENCH_RUNS'),
  });
  const files = writeMatrixFilterReport(report, fileURLToPath(new URL('./out', import.meta.url)));
  console.log(`matrix filter bench: ${files.json}, ${files.markdown}`);
  expect(report.cases.length).toBeGreaterThan(5);
  for (const result of report.cases) expect(Number.isFinite(result.p95Ms)).toBe(true);
  // The synthetic data exercises matching and non-matching filters.
  expect(report.cases.find((c) => c.name === 'no filter')?.matches).toBe(report.dataset.features);
  expect(report.cases.find((c) => c.name === 'text, no match')?.matches).toBe(0);
});
