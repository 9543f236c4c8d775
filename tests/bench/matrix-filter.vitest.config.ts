import { defineConfig } from 'vitest/config';

// The matrix filter benchmark (tests/bench/matrix-filter.bench.test.ts); not part of the unit tests.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/matrix-filter.bench.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
