import { da, todayInDenmark } from '@helhed/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPlan,
  addUser,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { readZip } from '../../../../test/zip-reader.ts';
import { createPdfReport, toXlsx } from '../../../platform/export/index.ts';
import { BUDGET_2025, putBudget } from '../../finance/tests/support.ts';
import { lbfZip } from '../service/lbf-files.ts';
import { type BudgetDocuments, lbfItems, presentLbfSet } from '../service/lbf-set.ts';
import { addMember, call, samplePdf, upload } from './support.ts';

type Item = {
  key: string;
  state: string;
  version: string | null;
  changedAt: string | null;
  formats: string[];
  missingNote: string | null;
};

const FIRST_PAGES: Record<string, string> = {
  '01-delaftaler.pdf': da.planApi.subAgreementsPdf.title,
  '03-beredskabsplan.pdf': da.alerting.planPdf.title,
  '04-milepaelsplan.pdf': da.milestones.planTitle,
  '05-kommissorium-bestyrelsen.pdf': 'Kommissorium for bestyrelsen',
};

async function opensAsSpreadsheet(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

// Issue 23, item 5: the LBF document set. Six items, each ready or missing with its version and last
// change; one download each; "Hent det hele" as one ZIP whose PDFs pass the PDF checks and whose
// spreadsheets open, a missing item present as a MANGLER text. The budget comes from the finance
// module through the provider app.ts passes; without it the budget is missing.
describe.each(TEST_DATABASES)('LBF document set (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;
  let kommissorium: Buffer;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    leader = (await addMember(t, 'leader', 'leder@lbf.test', null)).session;
    reader = (await addMember(t, 'reader', 'bestyrelse@lbf.test', null)).session;
    kommissorium = await samplePdf('Kommissorium for bestyrelsen');
  }, 120_000);
  afterAll(() => t?.close());

  const set = async (session: Session) => {
    const response = await call(t, session, 'GET', '/api/v1/lbf-set');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: Item[]; complete: boolean };
    return { ...body, item: (key: string) => body.items.find((i) => i.key === key) as Item };
  };

  it('lists the six items in the agreement’s order; what is missing says why', async () => {
    const fresh = await set(reader);
    expect(fresh.items.map((i) => [i.key, i.state])).toEqual([
      ['delaftaler', 'ready'],
      ['budget', 'missing'],
      ['beredskabsplan', 'ready'],
      ['milepaelsplan', 'missing'],
      ['kommissorium', 'missing'],
      ['indberetningsskema', 'missing'],
    ]);
    expect(fresh.complete).toBe(false);
    expect(fresh.item('delaftaler')).toMatchObject({ formats: ['pdf'], missingNote: null });
    expect(fresh.item('delaftaler').version).toMatch(/^Udgave [0-9a-f]{8}$/);
    expect(fresh.item('delaftaler').changedAt).not.toBeNull();
    expect(fresh.item('budget')).toMatchObject({
      formats: [],
      missingNote: da.planDocuments.lbf.missing.budget,
    });
    expect(fresh.item('kommissorium').missingNote).toBe(da.planDocuments.lbf.missing.kommissorium);

    await upload(t, leader, '/api/v1/documents?kind=kommissorium&fileName=kommissorium.pdf', kommissorium);
    const subAgreement = await t.db
      .selectFrom('plan_sub_agreement')
      .select('id')
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    const responsible = await addMember(t, 'worker', 'mentor@lbf.test', null);
    const created = await call(t, leader, 'POST', '/api/v1/milestones', {
      clientKey: crypto.randomUUID(),
      subAgreementId: subAgreement.id,
      responsibleUserId: responsible.id,
      dueOn: '2027-06-30',
      text: 'Midtvejsevaluering afleveret',
    });
    expect(created.statusCode).toBe(201);

    const after = await set(reader);
    expect(after.item('kommissorium')).toMatchObject({
      state: 'ready',
      version: 'Version 1',
      formats: ['pdf'],
    });
    expect(after.item('milepaelsplan')).toMatchObject({ state: 'ready', formats: ['pdf', 'xlsx'] });
    // The delaftaler's version follows what the PDF shows: a milestone does not change it.
    expect(after.item('delaftaler').version).toBe(fresh.item('delaftaler').version);
  });

  it('downloads the whole set as one ZIP the board can upload: every PDF checked, every sheet opens', async () => {
    const response = await call(t, reader, 'GET', '/api/v1/lbf-set.zip');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="lbf-dokumenter-odense-2024-2028-${todayInDenmark()}.zip"`,
    );
    const files = readZip(response.rawPayload);
    expect(files.map((f) => f.name)).toEqual([
      '00-indhold.txt',
      '01-delaftaler.pdf',
      '02-budget-MANGLER.txt',
      '03-beredskabsplan.pdf',
      '04-milepaelsplan.pdf',
      '04-milepaelsplan.xlsx',
      '05-kommissorium-bestyrelsen.pdf',
      '06-indberetningsskema-MANGLER.txt',
    ]);
    const byName = new Map(files.map((f) => [f.name, f.content]));
    for (const [name, title] of Object.entries(FIRST_PAGES)) {
      expectAccessiblePdf(byName.get(name) as Buffer, title, [`H1 ${title}`]);
    }
    expect((byName.get('05-kommissorium-bestyrelsen.pdf') as Buffer).equals(kommissorium)).toBe(true);
    expect(await opensAsSpreadsheet(byName.get('04-milepaelsplan.xlsx') as Buffer)).toEqual([
      da.milestones.planTitle,
    ]);
    expect(byName.get('02-budget-MANGLER.txt')?.toString()).toBe(
      `Budget mangler: ${da.planDocuments.lbf.missing.budget}\r\n`,
    );
    const contents = byName.get('00-indhold.txt')?.toString() ?? '';
    expect(contents).toContain('1. Delaftaler: Klar, Udgave ');
    expect(contents).toContain(`2. Budget: Mangler – ${da.planDocuments.lbf.missing.budget}`);
    expect(contents).toContain('5. Kommissorium for bestyrelsen: Klar, Version 1, senest ændret ');
    expect(contents).toContain('   Filer: 04-milepaelsplan.pdf, 04-milepaelsplan.xlsx');
  });

  it('downloads one item in the formats it has, and refuses a missing one', async () => {
    const delaftaler = await call(t, reader, 'GET', '/api/v1/lbf-set/delaftaler');
    expect(delaftaler.statusCode).toBe(200);
    expect(delaftaler.headers['content-disposition']).toContain('delaftaler-odense-2024-2028-');
    const firstSubAgreement = await t.db
      .selectFrom('plan_sub_agreement as sa')
      .innerJoin('plan_focus_area as fa', 'fa.id', 'sa.focus_area_id')
      .select('sa.name')
      .where('sa.plan_id', '=', t.planId)
      .orderBy('fa.position')
      .executeTakeFirstOrThrow();
    expectAccessiblePdf(delaftaler.rawPayload, da.planApi.subAgreementsPdf.title, [
      `H1 ${da.planApi.subAgreementsPdf.title}`,
      `H2 ${firstSubAgreement.name}`,
    ]);
    const preparedness = await call(t, reader, 'GET', '/api/v1/lbf-set/beredskabsplan?format=pdf');
    expectAccessiblePdf(preparedness.rawPayload, da.alerting.planPdf.title, [
      `H2 ${da.alerting.planPdf.procedure}`,
      `TH ${da.alerting.planPdf.level}`,
      `TD ${da.alerting.groups.ssp_chief}`,
    ]);
    const xlsx = await call(t, reader, 'GET', '/api/v1/lbf-set/milepaelsplan?format=xlsx');
    expect(await opensAsSpreadsheet(xlsx.rawPayload)).toEqual([da.milestones.planTitle]);
    const noSheet = await call(t, reader, 'GET', '/api/v1/lbf-set/beredskabsplan?format=xlsx');
    expect(noSheet.statusCode).toBe(400);
    expect(noSheet.json().error.details).toEqual([
      { field: 'format', message: da.planDocuments.lbf.formatUnavailable },
    ]);
    expect((await call(t, reader, 'GET', '/api/v1/lbf-set/budget')).statusCode).toBe(404);
    expect((await call(t, reader, 'GET', '/api/v1/lbf-set/noget-andet')).statusCode).toBe(400);
  });

  it('takes the budget from the provider app.ts passes in, as XLSX and PDF', async () => {
    const changedAt = new Date('2026-02-01T09:30:00Z');
    const pdf = await (await createPdfReport({ title: 'Budget' }, 'Budget')).heading('Budget').finish();
    const xlsx = await toXlsx(
      [{ name: 'Budget', columns: [{ key: 'a', label: 'Post' }], rows: [{ a: 'Løn' }] }],
      {
        title: 'Budget',
      },
    );
    let built = 0;
    const budget: BudgetDocuments = async (_db, planId) => {
      expect(planId).toBe(t.planId);
      return {
        changedAt,
        files: async () => {
          built += 1;
          return { xlsx, pdf };
        },
      };
    };
    const today = todayInDenmark();
    const items = presentLbfSet(await lbfItems(t.db, t.planId, { budget }, today)).items;
    // Listing the set makes no file; the ZIP makes the budget's two files in one build.
    expect(built).toBe(0);
    expect(items.find((i) => i.key === 'budget')).toMatchObject({
      state: 'ready',
      changedAt: changedAt.toISOString(),
      formats: ['pdf', 'xlsx'],
    });
    const plan = { id: t.planId, slug: 'odense-2024-2028', name: 'Odense' };
    const files = readZip((await lbfZip(t.db, plan, { budget }, today)).content);
    const names = files.map((f) => f.name);
    expect(names).toContain('02-budget.pdf');
    expect(names).toContain('02-budget.xlsx');
    expect(names).not.toContain('02-budget-MANGLER.txt');
    expect(files.find((f) => f.name === '02-budget.xlsx')?.content.equals(xlsx)).toBe(true);
    expect(built).toBe(1);
  });

  it('lists the budget the leader entered on Plan → Økonomi, through the finance module', async () => {
    const saved = await putBudget(t.app, leader, 2025, BUDGET_2025);
    expect(saved.statusCode, saved.body).toBe(200);
    const budget = (await set(reader)).item('budget');
    expect(budget).toMatchObject({ state: 'ready', formats: ['pdf', 'xlsx'] });
    const files = readZip((await call(t, reader, 'GET', '/api/v1/lbf-set.zip')).rawPayload);
    const sheet = files.find((f) => f.name === '02-budget.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet?.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect(files.map((f) => f.name)).not.toContain('02-budget-MANGLER.txt');
  });

  it('shows a user of another plan their own set only', async () => {
    const otherPlan = await addPlan(t.db, 'anden-plan-lbf');
    await addUser(t.db, otherPlan, 'leader', 'leder@anden-lbf.test');
    const stranger = await signIn(t.app, 'leder@anden-lbf.test');
    const theirs = await set(stranger);
    expect(theirs.item('kommissorium').state).toBe('missing');
    expect(theirs.item('milepaelsplan').state).toBe('missing');
    const files = readZip((await call(t, stranger, 'GET', '/api/v1/lbf-set.zip')).rawPayload);
    expect(files.some((f) => f.content.equals(kommissorium))).toBe(false);
  });
});
