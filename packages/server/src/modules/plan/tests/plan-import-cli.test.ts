import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../../../../test/test-databases.ts';
import { createDatabase } from '../../../platform/db/database.ts';

const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../../../..');
const CLI = path.join(REPO_ROOT, 'packages/cli/bin/helhed.js');
const TEST_FILES = path.resolve(fileURLToPath(import.meta.url), '../files');

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(TEST_DATABASES)('npx helhed import indicators on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('lists every bad row, exits non-zero and imports nothing; then imports a good file', async () => {
    const bad = await runCli(
      ['import', 'indicators', path.join(TEST_FILES, 'indicators-bad-rows.csv')],
      database.env,
    );
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.stderr).toContain('Intet er indlæst.');
    expect(bad.stderr).toContain('Række 3 (område): Ukendt område »Atlantis«.');
    expect(bad.stderr).toContain('Række 8: Indikator, område og år står også i række 2.');
    const { db } = createDatabase(database.runtimeUrl, 1);
    try {
      const none = await db.selectFrom('plan_indicator_value').select('id').execute();
      expect(none).toEqual([]);
      const good = await runCli(
        ['import', 'indicators', path.join(TEST_FILES, 'indicators-2024.csv'), '--plan', 'odense-2024-2028'],
        database.env,
      );
      expect(good.code, good.stderr).toBe(0);
      expect(good.stdout).toContain('4 værdier for 3 indikatorer er indlæst (år: 2024).');
      const rows = await db
        .selectFrom('plan_indicator_value')
        .select(['value', 'changed_by'])
        .orderBy('value')
        .execute();
      expect(rows.map((r) => r.value)).toEqual([5.4, 31, 61.2, 80.9]);
      expect(rows[0]?.changed_by).toBe('system:cli-import');
      const unknownPlan = await runCli(
        ['import', 'indicators', path.join(TEST_FILES, 'indicators-2024.csv'), '--plan', 'findes-ikke'],
        database.env,
      );
      expect(unknownPlan.code).toBe(2);
      expect(unknownPlan.stderr).toContain('Planen »findes-ikke« findes ikke.');
    } finally {
      await db.destroy();
    }
  });
});
