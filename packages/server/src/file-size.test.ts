import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The style rule: files stay under 300 lines, so that each one can be read in one sitting.
const PACKAGES = path.resolve(fileURLToPath(import.meta.url), '../../..');
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    // .generated holds what tests generate (the typed API client's types), never committed.
    if (name === 'node_modules' || name === 'dist' || name === '.generated') return [];
    // module-walls.test.ts writes short-lived probes into a module and removes them at once.
    if (name.endsWith('.lint-probe.ts')) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|css)$/.test(name) ? [full] : [];
  });
}

it('keeps every source file under 300 lines', () => {
  const tooLong = sourceFiles(PACKAGES)
    .map((file) => ({
      file: path.relative(PACKAGES, file),
      lines: readFileSync(file, 'utf8').split('\n').length,
    }))
    .filter(({ lines }) => lines > MAX_LINES);
  expect(tooLong).toEqual([]);
});
