import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'packages/web/e2e/**/*.test.ts'],
    // Starts the embedded PostgreSQL and a distribution PostgreSQL once; tests make databases on both.
    globalSetup: ['packages/server/test/global-setup.ts'],
    // Every fast-check property runs with one fixed, printed seed (packages/server/test/property-seed.ts).
    setupFiles: ['packages/server/test/property-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Forks, not threads: tests spawn and signal child processes and servers, which wants real processes.
    pool: 'forks',
    fileParallelism: true,
    // The default output, then the ten slowest test files (packages/server/test/slowest-files.ts).
    reporters: ['default', './packages/server/test/slowest-files.ts'],
  },
});
