import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { loadExcelJs } from '../../../platform/export/index.ts';
import { BUDGET_2025, CSV, getJson, importFile, putBudget } from './support.ts';

type Comparison = {
  throughMonth: number | null;
  lines: Array<{
    key: string;
    budget: number;
    actual: number;
    deviation: number;
    deviationPercent: number | null;
    forecast: number;
  }>;
  total: {
    budget: number;
    actual: number;
    deviation: number;
    deviationPercent: number | null;
    forecast: number;
    forecastDeviation: number;
  };
  months: Array<{ month: number; budget: number; actual: number }>;
};

/** January to September 2025: each month 100.000 kr. on activities (two postings) and 50.000 on administration. */
function spendingFile(badRow?: number): string {
  const rows = ['Dato;Konto;Tekst;Beløb'];
  for (let month = 1; month <= 9; month++) {
    const mm = String(month).padStart(2, '0');
    rows.push(`2025-${mm}-05;Aktiviteter;Leje af sal;60.000,00`);
    rows.push(`15-${mm}-2025;aktiviteter;Materialer;40.000`);
    rows.push(`2025-${mm}-28;Administration;Revision;50.000,00`);
  }
  // A credit note in June: administration that month nets 50.000 − 10.000,50.
  rows.push('2025-06-30;Administration;Kreditnota;-10.000,50');
  if (badRow) rows[badRow - 1] = '2025-04-05;Aktiviteter;Leje af sal;60 tusind';
  return `${rows.join('\n')}\n`;
}

// Issue 23, item 2, as the leader and the board's treasurer would try it: a year of spending from the
// accounting export with one bad row (nothing imported, the row named in Danish), fixed and imported,
// then budget against actuals with the deviation and the forecast by the stated rule.
describe.each(TEST_DATABASES)('spending and its import, on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;

  const comparison = async () =>
    (await getJson(t.app, reader, '/api/v1/finance/comparison?year=2025')).json() as Comparison;
  const spendingRows = async () =>
    Number(
      (
        await t.db
          .selectFrom('finance_spending')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'leader', 'leder@forbrug.dk');
    await addUser(t.db, t.planId, 'reader', 'kasserer@forbrug.dk');
    leader = await signIn(t.app, 'leder@forbrug.dk');
    reader = await signIn(t.app, 'kasserer@forbrug.dk');
    expect((await putBudget(t.app, leader, 2025, BUDGET_2025)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('reads the file’s columns; no mapping is remembered yet', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/finance/spending-imports/columns',
      headers: { ...as(leader, 'POST'), 'content-type': CSV },
      payload: spendingFile(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ columns: ['Dato', 'Konto', 'Tekst', 'Beløb'], mapping: null });
  });

  it('one bad row: the dry run and the commit both name it in Danish, and nothing is imported', async () => {
    for (const mode of ['dry-run', 'commit'] as const) {
      const response = await importFile(t.app, leader, spendingFile(11), mode);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details).toEqual([
        {
          field: '11',
          message: 'Række 11: beløbet "60 tusind" er ikke et beløb i kroner (fx 1.234,50 eller -250)',
        },
      ]);
    }
    expect(await spendingRows()).toBe(0);
    const columns = await t.db.selectFrom('finance_import_mapping').selectAll().execute();
    expect(columns).toEqual([]);
  });

  it('a dry run of the fixed file reports what it would do and changes nothing', async () => {
    const response = await importFile(t.app, leader, spendingFile(), 'dry-run');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ mode: 'dry-run', rows: 28, months: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(response.json().totals).toContainEqual({ month: 6, line: 'administration', amount: 40_000 });
    expect(await spendingRows()).toBe(0);
    expect((await comparison()).throughMonth).toBeNull();
  });

  it('imports the fixed file; budget against actuals with the deviation and the forecast', async () => {
    const response = await importFile(t.app, leader, spendingFile(), 'commit');
    expect(response.statusCode, response.body).toBe(200);
    expect(await spendingRows()).toBe(18);
    const result = await comparison();
    expect(result.throughMonth).toBe(9);
    const activities = result.lines.find((line) => line.key === 'activities');
    // Budget 2.400.000; spent 9 × 100.000 = 900.000; forecast 900.000 + 3 × 200.000 = 1.500.000.
    expect(activities).toMatchObject({
      budget: 2_400_000,
      actual: 900_000,
      deviation: -1_500_000,
      deviationPercent: -62.5,
      forecast: 1_500_000,
    });
    const administration = result.lines.find((line) => line.key === 'administration');
    // 9 × 50.000 − 10.000,50 = 439.999,50 → 440.000 (June 39.999,50 → 40.000); forecast + 3 × 10.000.
    expect(administration).toMatchObject({
      budget: 120_000,
      actual: 440_000,
      deviation: 320_000,
      forecast: 470_000,
    });
    expect(administration?.deviationPercent).toBeCloseTo(266.7, 1);
    expect(result.total).toMatchObject({ budget: 8_000_000, actual: 1_340_000, deviation: -6_660_000 });
    // Every line: its spending through September plus 3/12 of its budget.
    expect(result.total.forecast).toBe(1_340_000 + 8_000_000 / 4);
    expect(result.months[5]).toEqual({ month: 6, budget: Math.round(8_000_000 / 12), actual: 140_000 });
  });

  it('remembers the mapping; importing a month again replaces it, other months stay', async () => {
    const columns = await t.app.inject({
      method: 'POST',
      url: '/api/v1/finance/spending-imports/columns',
      headers: { ...as(leader, 'POST'), 'content-type': CSV },
      payload: 'Dato;Konto;Beløb\n',
    });
    expect(columns.json().mapping).toEqual({
      monthColumn: 'Dato',
      costLineColumn: 'Konto',
      amountColumn: 'Beløb',
    });
    const september = 'Måned;Linje;Kr\n9;Løn – Beskæftigelse;25.000\n';
    const mapping = { monthColumn: 'Måned', costLineColumn: 'Linje', amountColumn: 'Kr' };
    expect((await importFile(t.app, leader, september, 'commit', mapping)).statusCode).toBe(200);
    const result = await comparison();
    expect(result.months[8]?.actual).toBe(25_000);
    expect(result.months[7]?.actual).toBe(150_000);
    expect(result.lines.find((line) => line.key === 'activities')?.actual).toBe(800_000);
  });

  it('names every bad row: unknown month, other year, unknown cost line, and a missing column', async () => {
    const file = 'Dato;Konto;Beløb\n2025-13-01;Aktiviteter;1\n2024-12-31;Aktiviteter;1\n2025-01-01;Kaffe;1\n';
    const response = await importFile(t.app, leader, file, 'commit');
    expect(response.statusCode).toBe(400);
    const messages = response.json().error.details.map((d: { message: string }) => d.message);
    expect(messages[0]).toMatch(/^Række 2: måneden "2025-13-01" kan ikke læses/);
    expect(messages[1]).toBe('Række 3: datoen "2024-12-31" ligger ikke i 2025');
    expect(messages[2]).toMatch(
      /^Række 4: omkostningslinjen "Kaffe" findes ikke; brug en af: Løn – Uddannelse/,
    );
    const missing = await importFile(t.app, leader, file, 'commit', {
      monthColumn: 'Dato',
      costLineColumn: 'Konto',
      amountColumn: 'Debet',
    });
    expect(missing.json().error.details[0].message).toBe(
      'Række 1: Kolonnen "Debet" findes ikke i filens første række.',
    );
  });

  it('reads an XLSX export, numbers as numbers', async () => {
    const Excel = await loadExcelJs();
    const workbook = new Excel.Workbook();
    const sheet = workbook.addWorksheet('Posteringer');
    sheet.addRow(['Dato', 'Konto', 'Beløb']);
    sheet.addRow([new Date(Date.UTC(2025, 9, 3)), 'Evaluering', 1234.5]);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/finance/spending-imports?${new URLSearchParams({ year: '2025', mode: 'commit', monthColumn: 'Dato', costLineColumn: 'Konto', amountColumn: 'Beløb' })}`,
      headers: {
        ...as(leader, 'POST'),
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().totals).toEqual([{ month: 10, line: 'evaluation', amount: 1235 }]);
  });

  it('a month entered by hand replaces that cell; a credit note may be negative', async () => {
    const put = (session: Session, amount: number) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/finance/spending',
        headers: as(session, 'PUT'),
        payload: { year: 2025, month: 10, line: 'evaluation', amount },
      });
    expect((await put(leader, -2_000)).statusCode).toBe(200);
    expect((await comparison()).months[9]?.actual).toBe(-2_000);
    expect((await put(reader, 5)).statusCode).toBe(403);
    expect((await importFile(t.app, reader, spendingFile(), 'dry-run')).statusCode).toBe(403);
    const bad = await put(leader, 1.5);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toBe(
      'Skriv et helt antal kroner; et minus for en kreditnota.',
    );
  });
});
