import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/pdf-text.ts';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../../../../test/test-databases.ts';

const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../../../..');
const CLI = path.join(REPO_ROOT, 'packages/cli/bin/helhed.js');

function runCli(
  args: string[],
  databaseUrl: string,
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
  });
}

const PHASE = 'Udvidet flyttehjælp 2011–2012 (historisk eksempel)';

describe.each(TEST_DATABASES)('npx helhed genhusning on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('loads the 2012 example once and prints the status table in every format', async () => {
    const demo = await runCli(['genhusning', 'demo'], database.url);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout.toString()).toContain('28 husstande');
    const again = await runCli(['genhusning', 'demo'], database.url);
    expect(again.stdout.toString()).toContain('findes allerede');

    const exact = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-03-05', '--format', 'json', '--exact'],
      database.url,
    );
    expect(exact.code, exact.stderr).toBe(0);
    const table = JSON.parse(exact.stdout.toString());
    expect(table.cells).toEqual({ moved: 1, offered: 6, declined: 6, waiting: 13 });
    expect(table.total).toBe(26);

    const safe = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-04-11', '--format', 'csv'],
      database.url,
    );
    expect(safe.code, safe.stderr).toBe(0);
    const csv = safe.stdout.toString();
    expect(csv).toContain('Familier flyttet i ny bolig;<5');
    expect(csv).toContain('Familier der har afvist boligtilbud;9');
    expect(csv).toContain('Familier der afventer boligtilbud;12');

    const xlsx = await runCli(
      ['genhusning', 'status', '--phase', PHASE, '--date', '2012-04-11', '--format', 'xlsx', '--exact'],
      database.url,
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
      database.url,
    );
    expect(pdf.code, pdf.stderr).toBe(0);
    const text = pdfText(pdf.stdout);
    expect(text).toContain('Familier der har afvist boligtilbud');
    expect(text).toContain('<5');

    const unknown = await runCli(
      ['genhusning', 'status', '--phase', 'Atlantis', '--date', '2012-04-11'],
      database.url,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Etapen findes ikke: Atlantis.');
  }, 120_000);
});
