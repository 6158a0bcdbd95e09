import { da } from '@helhed/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helhed } from '../../../../../cli/test/run-cli.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../../../../test/test-databases.ts';

async function runCli(args: string[], env: Record<string, string>) {
  const result = await helhed(args, env);
  return { ...result, stdout: result.stdoutBytes };
}

const PHASE = 'Udvidet flyttehjælp 2011–2012 (historisk eksempel)';

describe.each(TEST_DATABASES)('npx helhed genhusning on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('loads the 2012 example once and prints the status table in every format', async () => {
    const demo = await runCli(['genhusning', 'demo'], database.env);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout.toString()).toContain('28 husstande');
    const again = await runCli(['genhusning', 'demo'], database.env);
    expect(again.stdout.toString()).toContain('findes allerede');

    const exact = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-03-05', '--format', 'json', '--exact'],
      database.env,
    );
    expect(exact.code, exact.stderr).toBe(0);
    const table = JSON.parse(exact.stdout.toString());
    expect(table.cells).toEqual({ moved: 1, offered: 6, declined: 6, waiting: 13 });
    expect(table.total).toBe(26);

    const safe = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-04-11', '--format', 'csv'],
      database.env,
    );
    expect(safe.code, safe.stderr).toBe(0);
    const csv = safe.stdout.toString();
    expect(csv).toContain('Familier flyttet i ny bolig;x');
    expect(csv).toMatch(/Familier der har afvist boligtilbud;(9|x)\r\n/);
    expect(csv).toMatch(/Familier der afventer boligtilbud;(12|x)\r\n/);

    const xlsx = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-04-11', '--format', 'xlsx', '--exact'],
      database.env,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.stdout as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]
      ?.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'number');
    expect(values).toEqual(expect.arrayContaining([4, 3, 9, 12, 28]));

    const pdf = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-04-11', '--format', 'pdf'],
      database.env,
    );
    expect(pdf.code, pdf.stderr).toBe(0);
    const text = pdfText(pdf.stdout);
    expect(text).toContain('Familier der har afvist boligtilbud');
    expectAccessiblePdf(pdf.stdout, da.rehousing.table.title, [
      `H1 ${da.rehousing.table.title}`,
      'H2 ',
      'TH ',
      'TD ',
      `Figure Søjlediagram: ${da.rehousing.table.title}`,
    ]);
    expect(text).toContain('x');

    const unknown = await runCli(
      ['genhusning', 'status', '--phase', 'Atlantis', '--date', '2012-04-11'],
      database.env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Etapen findes ikke: Atlantis.');
  }, 120_000);
});
