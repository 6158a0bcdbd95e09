import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { loadExcelJs } from '../../../platform/export/index.ts';
import { budgetDocuments } from '../index.ts';
import { BUDGET_2025, getJson, putBudget } from './support.ts';

type Budget = {
  cells: Array<{ line: string; source: string; amount: number }>;
  lines: Array<{ key: string; label: string }>;
  cofinancing: {
    total: number;
    local: number;
    sharePercent: number | null;
    minimumPercent: number;
    meetsMinimum: boolean | null;
  };
};
type Change = { actorEmail: string; what: string; before: number | null; after: number | null };

// Issue 23, items 1 and 6: the leader enters the year's budget (one request, one transaction), the
// board reads it with the local co-financing share against the minimum, every change is in the
// budget's history before → after, and nobody outside the plan or without the role gets anything.
describe.each(TEST_DATABASES)('the plan budget, on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;
  let worker: Session;
  let otherLeader: Session;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'leader', 'leder@budget.dk');
    await addUser(t.db, t.planId, 'reader', 'kasserer@budget.dk');
    await addUser(t.db, t.planId, 'worker', 'medarbejder@budget.dk');
    const otherPlan = await addPlan(t.db, 'aarhus-budget');
    await addUser(t.db, otherPlan, 'leader', 'leder@aarhus.dk');
    leader = await signIn(t.app, 'leder@budget.dk');
    reader = await signIn(t.app, 'kasserer@budget.dk');
    worker = await signIn(t.app, 'medarbejder@budget.dk');
    otherLeader = await signIn(t.app, 'leder@aarhus.dk');
  });
  afterAll(() => t.close());

  it('the Odense plan starts with no budget (the seed documents give none)', async () => {
    const response = await getJson(t.app, reader, '/api/v1/finance/budget?year=2025');
    expect(response.statusCode, response.body).toBe(200);
    const budget = response.json() as Budget;
    expect(budget.cells).toEqual([]);
    expect(budget.cofinancing).toMatchObject({
      total: 0,
      sharePercent: null,
      minimumPercent: 25,
      meetsMinimum: null,
    });
    // One salary line per indsatsområde of the plan, then the other cost lines.
    expect(budget.lines.map((line) => line.key)).toEqual([
      'salaries:uddannelse-og-livschancer',
      'salaries:beskaeftigelse',
      'salaries:kriminalitetsforebyggelse',
      'salaries:sammenhaengskraft-og-medborgerskab',
      'activities',
      'administration',
      'evaluation',
      'other',
    ]);
    expect(budget.lines[1]?.label).toBe('Løn – Beskæftigelse');
  });

  it('the leader enters the 2025 budget; the board reads it with the local share against the minimum', async () => {
    const saved = await putBudget(t.app, leader, 2025, BUDGET_2025);
    expect(saved.statusCode, saved.body).toBe(200);
    const budget = (await getJson(t.app, reader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    expect(budget.cells).toHaveLength(BUDGET_2025.length);
    expect(budget.cofinancing).toMatchObject({
      total: 8_000_000,
      local: 2_000_000,
      sharePercent: 25,
      minimumPercent: 25,
      meetsMinimum: true,
    });
    // Another year is untouched.
    expect(
      ((await getJson(t.app, reader, '/api/v1/finance/budget?year=2026')).json() as Budget).cells,
    ).toEqual([]);
  });

  it('a raised minimum is not met, and is in the history', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/finance/settings',
      headers: as(leader, 'PUT'),
      payload: { cofinancingMinimumPercent: 30 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const budget = (await getJson(t.app, reader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    expect(budget.cofinancing).toMatchObject({ minimumPercent: 30, meetsMinimum: false });
  });

  it('one bad cell refuses the whole grid in Danish and changes nothing', async () => {
    const before = (await getJson(t.app, leader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    const changesBefore = (await getJson(t.app, leader, '/api/v1/finance/changes')).json().total as number;
    for (const bad of [
      [...BUDGET_2025.slice(1), { line: 'salaries:beskaeftigelse', source: 'lbf', amount: -5 }],
      [
        { line: 'activities', source: 'lbf', amount: 1 },
        { line: 'salaries:findes-ikke', source: 'lbf', amount: 10 },
      ],
      [{ line: 'activities', source: 'lbf', amount: 1.5 }],
      [
        { line: 'activities', source: 'lbf', amount: 1 },
        { line: 'activities', source: 'lbf', amount: 2 },
      ],
    ]) {
      const response = await putBudget(t.app, leader, 2025, bad);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details[0].message).toMatch(/kroner|findes ikke|to gange/);
    }
    const outside = await putBudget(t.app, leader, 2030, BUDGET_2025);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].message).toBe(
      'Året 2030 ligger uden for planens periode (2024–2028).',
    );
    const after = (await getJson(t.app, leader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    expect(after.cells).toEqual(before.cells);
    expect((await getJson(t.app, leader, '/api/v1/finance/changes')).json().total).toBe(changesBefore);
  });

  it('a change is in the history: who, the cell, before → after; an unchanged cell writes nothing', async () => {
    const cells = BUDGET_2025.map((cell) =>
      cell.line === 'activities' && cell.source === 'lbf' ? { ...cell, amount: 1_500_000 } : cell,
    );
    expect((await putBudget(t.app, leader, 2025, cells)).statusCode).toBe(200);
    const history = (await getJson(t.app, reader, '/api/v1/finance/changes')).json() as {
      total: number;
      changes: Change[];
    };
    // 7 cells created, the minimum set, one cell changed.
    expect(history.total).toBe(9);
    expect(history.changes[0]).toMatchObject({
      actorEmail: 'leder@budget.dk',
      what: '2025: Aktiviteter, Landsbyggefonden',
      before: 1_200_000,
      after: 1_500_000,
    });
    expect(history.changes[1]).toMatchObject({
      what: 'Krav til lokal medfinansiering',
      before: null,
      after: 30,
    });
    // The plan's own history page does not list budget cells.
    const plan = await getJson(t.app, leader, '/api/v1/plan/changes');
    expect(plan.json().total).toBe(0);
  });

  it('every change is in the audit log with the actor', async () => {
    const rows = await t.db
      .selectFrom('audit_event')
      .select(['actor_label', 'action'])
      .where('entity_type', '=', 'finance_budget_line')
      .execute();
    expect(rows.length).toBe(8);
    expect(new Set(rows.map((row) => row.actor_label))).toEqual(new Set(['leder@budget.dk']));
  });

  it('the board reads but cannot edit; a worker gets nothing; another plan sees only its own', async () => {
    expect((await putBudget(t.app, reader, 2025, [])).statusCode).toBe(403);
    const setting = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/finance/settings',
      headers: as(reader, 'PUT'),
      payload: { cofinancingMinimumPercent: 0 },
    });
    expect(setting.statusCode).toBe(403);
    for (const url of [
      '/api/v1/finance/budget?year=2025',
      '/api/v1/finance/changes',
      '/api/v1/finance/comparison?year=2025',
    ])
      expect((await getJson(t.app, worker, url)).statusCode).toBe(403);
    expect((await putBudget(t.app, worker, 2025, [])).statusCode).toBe(403);
    // The Aarhus leader's budget and history are Aarhus's: empty, and writing there leaves Odense alone.
    const other = (await getJson(t.app, otherLeader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    expect(other.cells).toEqual([]);
    expect(other.lines.map((line) => line.key)).toEqual([
      'activities',
      'administration',
      'evaluation',
      'other',
    ]);
    expect((await getJson(t.app, otherLeader, '/api/v1/finance/changes')).json().total).toBe(0);
    expect((await putBudget(t.app, otherLeader, 2025, [])).statusCode).toBe(200);
    // An Odense line key means nothing in Aarhus.
    expect((await putBudget(t.app, otherLeader, 2025, [BUDGET_2025[0]])).statusCode).toBe(400);
    const odense = (await getJson(t.app, leader, '/api/v1/finance/budget?year=2025')).json() as Budget;
    expect(odense.cofinancing.total).toBe(8_300_000);
  });

  it('exports the year as XLSX and PDF for the board', async () => {
    const xlsx = await getJson(t.app, reader, '/api/v1/finance/export?year=2025&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('budget-2025.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await getJson(t.app, reader, '/api/v1/finance/export?year=2025&format=pdf');
    expect(pdf.statusCode).toBe(200);
    // Tagged, in Danish, fonts embedded; the budget, the comparison with its rule and the chart in order.
    const order = expectAccessiblePdf(pdf.rawPayload, 'Budget og forbrug', [
      'H1 Budget og forbrug',
      'H2 Budget 2025',
      'TH Omkostningslinje',
      'TH Landsbyggefonden',
      'TD Løn – Uddannelse og livschancer',
      'TD 8.300.000',
      'H3 Budget og forbrug 2025',
      'TH Prognose for året',
      'Figure Søjlediagram: Budget og forbrug pr. måned 2025',
    ]);
    expect(order.some((entry) => entry.includes('Der er intet forbrug i 2025 endnu'))).toBe(true);
  });

  it('gives the LBF document set every plan year as XLSX and PDF, with when the budget last changed', async () => {
    const listed = await budgetDocuments(t.db, t.planId);
    expect(listed.changedAt).toBeInstanceOf(Date);
    const documents = await listed.files();
    expect(documents.xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(documents.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const Excel = await loadExcelJs();
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load(documents.xlsx as unknown as ArrayBuffer);
    // Two sheets per year of the plan, 2024–2028.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toHaveLength(10);
    const budget2025 = workbook.getWorksheet('Budget 2025');
    const total = budget2025?.getRow(budget2025.rowCount);
    expect(total?.getCell(1).value).toBe('I alt');
    expect(total?.getCell(6).value).toBe(8_300_000);
    const empty = await budgetDocuments(t.db, await addPlan(t.db, 'uden-budget'));
    expect(empty.changedAt).toBeNull();
  });
});
