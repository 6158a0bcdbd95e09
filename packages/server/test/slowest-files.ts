import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten slowest test files at the end of every run (time in tests and hooks plus import),
 * so that a suite growing slower shows where; the default reporter prints the rest.
 */
export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const timed = modules.map((module) => {
      const d = module.diagnostic();
      return {
        file: module.relativeModuleId,
        seconds: (d.duration + d.collectDuration + d.setupDuration) / 1000,
      };
    });
    const slowest = timed.sort((a, b) => b.seconds - a.seconds).slice(0, 10);
    if (slowest.length === 0) return;
    const lines = slowest.map(({ file, seconds }) => `${seconds.toFixed(1).padStart(7)} s  ${file}`);
    process.stdout.write(`\nThe ten slowest test files:\n${lines.join('\n')}\n`);
  }
}
