import { defineConfig } from 'vitest/config';

// Two projects: fast unit/property/statistical tests in Node, and end-to-end
// tests in Debian's Chromium against the built app (see test/e2e/).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
    ],
  },
});
