import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app.ts';
import { seedOdensePlan } from '../../server/src/first-start.ts';
import { addUser, as, signIn } from '../../server/test/build-test-app.ts';
import { expectAccessiblePdf } from '../../server/test/pdf-check.ts';
import { pdfText } from '../../server/test/pdf-text.ts';
import { createTestDatabase, openTestDatabase, type TestDatabase } from '../../server/test/test-databases.ts';
import { helhed } from './run-cli.ts';

// `helhed report program`: the same report as the API, as JSON and as a PDF.
describe('helhed report program', () => {
  let database: TestDatabase;
  let apiReport: { goals: { text: string; series: unknown[] }[] };
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-program-'));
    const db = await openTestDatabase(database, 2);
    const plan = await seedOdensePlan(db);
    await addUser(db, plan.id, 'program_reader', 'oeu@cli.dk');
    const app = await buildApp({ db });
    const session = await signIn(app, 'oeu@cli.dk');
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/programs/vollsmose/report?quarter=2025-Q1',
      headers: as(session),
    });
    apiReport = response.json();
    await app.close();
    await db.destroy();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('writes the same JSON as the API, apart from the time it was made', async () => {
    const result = await helhed(
      ['report', 'program', '--program', 'vollsmose', '--quarter', '2025-Q1'],
      database.env,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const cli = JSON.parse(result.stdout);
    expect(cli.goals.map((g: { text: string }) => g.text)).toEqual(apiReport.goals.map((g) => g.text));
    expect({ ...cli, generatedAt: null }).toEqual({ ...apiReport, generatedAt: null });
  });

  it('writes a PDF with the goals and figures', async () => {
    const out = path.join(dir, 'program.pdf');
    const result = await helhed(
      [
        'report',
        'program',
        '--program',
        'vollsmose',
        '--format',
        'pdf',
        '--quarter',
        '2025-Q1',
        '--out',
        out,
      ],
      database.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const pdf = await readFile(out);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const expected of ['Flere i arbejde', 'Mere blandet beboersammensætning', '53,7 %', '67,5 %']) {
      expect(text).toContain(expected);
    }
    // Written by the compiled bundle: the DejaVu fonts are found from there and embedded.
    const title = 'Program Vollsmose – rapport til Økonomiudvalget';
    expectAccessiblePdf(pdf, title, [`H1 ${title}`, 'H2 Mål 1: ', 'Figure Kurvediagram: ', 'TH ']);
  });

  it('refuses an unknown program and a bad format in Danish', async () => {
    const unknown = await helhed(['report', 'program', '--program', 'aarhus'], database.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Programmet «aarhus» findes ikke.');
    const format = await helhed(
      ['report', 'program', '--program', 'vollsmose', '--format', 'xlsx'],
      database.env,
    );
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Brug: helhed report program');
  });
});
