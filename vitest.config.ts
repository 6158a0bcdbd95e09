import { availableParallelism } from 'node:os';
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
    // Two files at a time even on two cores (Vitest's default there is one): much of a test's time is
    // spent waiting for PostgreSQL, Chromium, child processes and timers (decision 0026).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker process runs file after file with the modules it has imported (each file still gets its
    // own databases and app): importing the app again for every file cost about 1.3 s a file.
    isolate: false,
    // The default output, then the ten slowest test files (packages/server/test/slowest-files.ts).
    reporters: ['default', './packages/server/test/slowest-files.ts'],
  },
});
