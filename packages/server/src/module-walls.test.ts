import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The walls between modules are lint rules (biome.json): another module only through its index.ts,
// and no import cycle anywhere. These tests write the two mistakes a newcomer would make into a
// module and check that the lint refuses each, so a loosened configuration fails here.
const REPO = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const BIOME = path.join(REPO, 'node_modules/.bin/biome');
const MODULE = path.join(REPO, 'packages/server/src/modules/rehousing/service');

function lint(files: Record<string, string>): { code: number | null; output: string } {
  const paths = Object.entries(files).map(([name, text]) => {
    const file = path.join(MODULE, `${name}-${process.pid}.lint-probe.ts`);
    writeFileSync(file, text);
    return file;
  });
  try {
    const run = spawnSync(BIOME, ['lint', '--max-diagnostics=50', ...paths], { cwd: REPO, encoding: 'utf8' });
    return { code: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    for (const file of paths) rmSync(file, { force: true });
  }
}

describe('module walls', () => {
  it("refuses an import of another module's internal file", () => {
    const result = lint({
      'wall-internal':
        "import { insertReferral } from '../../registration/queries/referrals.ts';\nexport const x = insertReferral;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('lint/style/noRestrictedImports');
  });

  it("allows the same module's public face", () => {
    const result = lint({
      'wall-public':
        "import { createReferral } from '../../registration/index.ts';\nexport const x = createReferral;\n",
    });
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.code).toBe(0);
  });

  it('refuses an import cycle', () => {
    const a = `cycle-a-${process.pid}`;
    const b = `cycle-b-${process.pid}`;
    const result = lint({
      'cycle-a': `import { b } from './${b}.lint-probe.ts';\nexport const a = (): unknown => b;\n`,
      'cycle-b': `import { a } from './${a}.lint-probe.ts';\nexport const b = (): unknown => a;\n`,
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('lint/suspicious/noImportCycles');
  });
});
