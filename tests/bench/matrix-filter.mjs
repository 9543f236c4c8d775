// Node entry of the matrix filter benchmark for `npm run bench` (tests/bench/run.mjs):
// runs tests/bench/matrix-filter.bench.test.ts with Vitest (which loads the TypeScript sources) and exits with its status.
// Options: --features N --meshes N --runs N (or MATRIX_BENCH_FEATURES / _MESHES / _RUNS).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// Guard against re-entry (e.g. a module resolver picking this file up from inside the Vitest run).
if (process.env.MATRIX_BENCH_CHILD) {
  console.error('matrix-filter.mjs: already running inside the benchmark; refusing to start another');
  process.exit(1);
}

const root = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: { features: { type: 'string' }, meshes: { type: 'string' }, runs: { type: 'string' } },
  strict: false,
});
const env = { ...process.env, MATRIX_BENCH_CHILD: '1', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}` };
if (values.features) env.MATRIX_BENCH_FEATURES = String(values.features);
if (values.meshes) env.MATRIX_BENCH_MESHES = String(values.meshes);
if (values.runs) env.MATRIX_BENCH_RUNS = String(values.runs);

const result = spawnSync('vitest', ['run', '--config', 'tests/bench/matrix-filter.vitest.config.ts'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
