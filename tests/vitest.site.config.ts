import { defineConfig } from 'vitest/config';

// Checks that read the built site in dist/ (links, exports, headers, budgets).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
  },
});
