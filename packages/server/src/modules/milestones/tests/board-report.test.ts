import { da } from '@helhed/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { addMember, addMilestone, call, planRefs, plusDays } from './support.ts';

// Issue 23, item 3: the milestones' status in the board report (bestyrelsesrapport), as its own
// section of the quarterly and the annual report's PDF, XLSX and CSV, from the same Sheet model.
describe.each(TEST_DATABASES)('milepæle in the board report (%s)', (kind) => {
  let t: TestApp;
  let reader: Session;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    const leader = (await addMember(t, 'leader', 'leder@rapport.test', null)).session;
    const worker = await addMember(t, 'worker', 'mentor@rapport.test', null);
    reader = (await addMember(t, 'reader', 'bestyrelse@rapport.test', null)).session;
    await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: worker.id,
      dueOn: plusDays(-10),
      text: 'Forsinket milepæl til bestyrelsen',
    });
    const done = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: worker.id,
      dueOn: plusDays(-20),
      text: 'Nået milepæl til bestyrelsen',
    });
    await call(t, leader, 'PATCH', `/api/v1/milestones/${done.id}`, { status: 'done' });
  }, 120_000);
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const response = await call(t, reader, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };

  it('ends the quarterly board report with the milestones, in PDF, XLSX and CSV', async () => {
    const pdf = await get('/api/v1/reports/quarterly?quarter=2025-Q1&format=pdf');
    expectAccessiblePdf(pdf.rawPayload, `${da.reports.boardReport}: ${da.reports.quarterlyTitle}`, [
      `H2 ${da.milestones.report.title}`,
      'P Pr. ',
      'TH Milepæl',
      'TD Nået milepæl til bestyrelsen',
      'TD Forsinket milepæl til bestyrelsen',
      'TD Forsinket (datoen er passeret)',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await get('/api/v1/reports/quarterly?quarter=2025-Q1&format=xlsx'))
        .rawPayload as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet(da.milestones.report.sheet);
    expect(sheet?.getColumn(5).values).toContain('Forsinket milepæl til bestyrelsen');
    const csv = (await get('/api/v1/reports/quarterly?quarter=2025-Q1&format=csv')).body;
    expect(csv).toContain('Nået milepæl til bestyrelsen');
    // The JSON report is the leverancemåling alone, as the CLI's byte for byte.
    expect((await get('/api/v1/reports/quarterly?quarter=2025-Q1')).body).not.toContain('milepæl');
  });

  it('ends the annual board report with the same section', async () => {
    const pdf = await get('/api/v1/reports/annual?year=2025&format=pdf');
    expectAccessiblePdf(pdf.rawPayload, `${da.reports.boardReport}: ${da.reports.annualTitle}`, [
      `H2 ${da.milestones.report.title}`,
      'TD Forsinket milepæl til bestyrelsen',
    ]);
  });
});
