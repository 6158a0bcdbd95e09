import { da } from '@helhed/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { expectAccessiblePdf } from '../../../../test/pdf-check.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { smallInCsv, smallInJson, smallInXlsx, unexplainedSmallInPdf } from './discretion-check.ts';
import type { Refs } from './fixture.ts';
import { loadKnownDataset } from './known-dataset.ts';

async function xlsxCells(buffer: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe.each(TEST_DATABASES)('reports API on %s', (kind) => {
  let t: TestApp;
  let refs: Refs;
  let leader: Session;
  let reader: Session;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await loadKnownDataset(t.db, t.planId);
    await addUser(t.db, t.planId, 'leader', 'leder@example.dk');
    await addUser(t.db, t.planId, 'reader', 'bestyrelse@example.dk');
    leader = await signIn(t.app, 'leder@example.dk');
    reader = await signIn(t.app, 'bestyrelse@example.dk');
  }, 120_000);
  afterAll(async () => t?.close());

  const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });

  it('answers the leverancemåling as JSON, with the 3-person group hidden ("x") and nothing personal', async () => {
    const response = await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    const b = report.activities.find((row: { activityId: string }) => row.activityId === refs.activityB.id);
    expect(b).toMatchObject({ groupParticipants: 'x', sessionsHeld: 2, casesStarted: 7 });
    const participants = await t.db.selectFrom('participant').select(['id', 'display_name']).execute();
    for (const participant of participants) {
      expect(response.body).not.toContain(participant.id);
      expect(response.body).not.toContain(participant.display_name);
    }
  });

  it('lets the læser (board) read reports but not registrations', async () => {
    const report = await get(reader, '/api/v1/reports/quarterly?quarter=2025-Q1');
    expect(report.statusCode).toBe(200);
    const asLeader = await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1');
    expect(report.body).toBe(asLeader.body);
    expect((await get(reader, '/api/v1/participants')).statusCode).toBe(403);
    expect((await get(reader, '/api/v1/reports/annual?year=2025')).statusCode).toBe(200);
  });

  it('refuses a bad quarter or year with 400 and a Danish message', async () => {
    for (const quarter of ['2025-Q5', '2025', 'Q1-2025', '%27%3B']) {
      const response = await get(leader, `/api/v1/reports/quarterly?quarter=${quarter}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe(da.reports.errors.quarterInvalid);
    }
    const year = await get(leader, '/api/v1/reports/annual?year=tyve');
    expect(year.statusCode).toBe(400);
    expect(year.json().error.message).toBe(da.reports.errors.yearInvalid);
    expect((await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1&format=doc')).statusCode).toBe(400);
  });

  it('downloads CSV, XLSX and PDF with the same numbers and "x" for the small group', async () => {
    const csv = await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1&format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="leverancemaaling-.*-2025-Q1\.csv"$/,
    );
    const line = csv.body
      .split('\r\n')
      .find((row) => row.includes(refs.activityB.name) && row.split(';').length > 8);
    // focus area; activity; unique 7; referrals 5; started 7; active 7; ended 0; sessions 2; group hidden; attendance 6.
    expect(line?.split(';').slice(2, 11)).toEqual(['7', '5', '7', '7', '0', '2', 'x', '6', '0']);
    expect(smallInCsv(csv.body)).toEqual([]);

    const xlsx = await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1&format=xlsx');
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheets = await xlsxCells(xlsx.rawPayload);
    expect([...sheets.keys()]).toContain(da.reports.sections.activities);
    const row = sheets.get(da.reports.sections.activities)?.find((cells) => cells[1] === refs.activityB.name);
    expect(row?.slice(2, 11)).toEqual([7, 5, 7, 7, 0, 2, 'x', 6, 0]);
    expect(await smallInXlsx(xlsx.rawPayload)).toEqual([]);

    const pdf = await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1&format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(refs.activityB.name.slice(0, 20));
    expect(text).toContain('x');
    const report = (await get(leader, '/api/v1/reports/quarterly?quarter=2025-Q1')).json();
    expect(unexplainedSmallInPdf(text, report)).toEqual([]);
    const title = `${da.reports.boardReport}: ${da.reports.quarterlyTitle}`;
    const order = expectAccessiblePdf(pdf.rawPayload, title, [
      `H1 ${title}`,
      `H2 ${da.reports.summary}`,
      'P ',
      'H2 ',
      'Caption ',
      'TH ',
      `TD ${refs.activityB.name.slice(0, 20)}`,
      'Figure Søjlediagram: ',
    ]);
    expect(
      order.some((entry) => entry.startsWith('Figure') && entry.includes(refs.activityB.name.slice(0, 20))),
    ).toBe(true);
    expect(smallInJson(report)).toEqual([]);
  });

  it('downloads the annual follow-up in every format', async () => {
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      const response = await get(leader, `/api/v1/reports/annual?year=2025&format=${format}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(`2025.${format}`);
      if (format !== 'pdf') continue;
      const title = `${da.reports.boardReport}: ${da.reports.annualTitle}`;
      expectAccessiblePdf(response.rawPayload, title, [
        `H1 ${title}`,
        `H2 ${da.reports.summary}`,
        'H2 ',
        'TH ',
      ]);
    }
  });
});
