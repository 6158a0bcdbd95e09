import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import { seedOdensePlan } from '../../server/src/first-start.ts';
import { ODENSE_PLAN } from '../../server/src/modules/plan/index.ts';
import { loadKnownDataset } from '../../server/src/modules/reports/tests/known-dataset.ts';
import { addUser, as, signIn } from '../../server/test/build-test-app.ts';
import { createTestDatabase, openTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

describe('helhed report', () => {
  let database: TestDatabase;
  let apiJson: string;
  let annualJson: string;
  let slug: string;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-report-'));
    const db = await openTestDatabase(database, 3);
    try {
      const plan = await seedOdensePlan(db);
      slug = ODENSE_PLAN.slug;
      await loadKnownDataset(db, plan.id);
      await addUser(db, plan.id, 'reader', 'bestyrelse@example.dk');
      const app = await buildApp({ db, cookies: { secure: true } });
      await app.ready();
      const session = await signIn(app, 'bestyrelse@example.dk');
      const quarterly = await app.inject({
        url: '/api/v1/reports/quarterly?quarter=2025-Q1',
        headers: as(session),
      });
      const annual = await app.inject({ url: '/api/v1/reports/annual?year=2025', headers: as(session) });
      apiJson = quarterly.body;
      annualJson = annual.body;
      await app.close();
    } finally {
      await db.destroy();
    }
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the same JSON as the API, byte for byte', async () => {
    const env = database.env;
    const quarterly = await helhed(['report', 'quarterly', '--plan', slug, '--quarter', '2025-Q1'], env);
    expect(quarterly.stderr).toBe('');
    expect(quarterly.code).toBe(0);
    expect(quarterly.stdout).toBe(apiJson);
    expect(JSON.parse(quarterly.stdout).totals.casesActive).toBe(16);
    const annual = await helhed(
      ['report', 'annual', '--plan', slug, '--year', '2025', '--format', 'json'],
      env,
    );
    expect(annual.stdout).toBe(annualJson);
  });

  it('writes XLSX to a file and refuses a bad quarter in Danish', async () => {
    const env = database.env;
    const file = path.join(dir, 'rapport.xlsx');
    const written = await helhed(
      ['report', 'quarterly', '--plan', slug, '--quarter', '2025-Q1', '--format', 'xlsx', '--out', file],
      env,
    );
    expect(written.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(5);
    const bad = await helhed(['report', 'quarterly', '--plan', slug, '--quarter', '2025-Q7'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/kvartalet/);
    const unknown = await helhed(
      ['report', 'quarterly', '--plan', 'findes-ikke', '--quarter', '2025-Q1'],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/findes ikke/);
  });
});
