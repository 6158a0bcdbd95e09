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
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { passQuarterLock, systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import type { Refs } from './fixture.ts';
import { loadKnownDataset } from './known-dataset.ts';

// The annual status pack (issue 20, item 2), as the board's chair and LBF would read it: the
// delaftaler as they stood at the year's end (not as changed since), "ikke oplyst" never 0, each
// quarter's deliveries with small counts hidden, and the PDF readable by a screen reader.

const PACK = '/api/v1/reports/annual-pack';

async function sheetsOf(buffer: Buffer): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
      );
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe.each(TEST_DATABASES)('annual status pack on %s', (kind) => {
  let t: TestApp;
  let refs: Refs;
  const s: Record<'leader' | 'reader' | 'alerting', Session> = {} as never;
  const get = (session: Session, url: string) =>
    t.app.inject({ method: 'GET', url, headers: as(session, 'GET') });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await loadKnownDataset(t.db, t.planId);
    for (const role of ['leader', 'reader', 'alerting'] as const) {
      await addUser(t.db, t.planId, role, `${role}@pack.dk`);
      s[role] = await signIn(t.app, `${role}@pack.dk`);
    }
    // A delaftale revised now: the 2025 pack must still show it as it stood on 31 December 2025.
    const focus = (await get(s.leader, '/api/v1/plan/focus-areas/beskaeftigelse')).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/plan/sub-agreements/${focus.subAgreement.id}`,
      headers: as(s.leader, 'PATCH'),
      payload: { weeklyStaffHours: 250 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
  });
  afterAll(() => t.close());

  it('holds the year-end delaftaler, the indicators and each quarter’s deliveries, small counts hidden', async () => {
    const approved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/quarter-approval/approve',
      headers: as(s.leader, 'POST'),
      payload: { quarter: '2025-Q1' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const response = await get(s.reader, `${PACK}?year=2025&format=xlsx`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="aarlig-statuspakke-odense-2024-2028-2025.xlsx"',
    );
    const sheets = await sheetsOf(response.rawPayload);
    const names = [...sheets.keys()];
    expect(names.slice(0, 3)).toEqual(['Delaftaler', 'Delmål og indikatorer', 'Aktiviteter']);
    expect(names.slice(-2)).toEqual(['Leverancer pr. kvartal', 'Milepæle']);

    const delaftaler = sheets.get('Delaftaler') ?? [];
    expect(delaftaler.find((row) => row[0] === 'Beskæftigelse')?.[4]).toBe('219');
    const goals = sheets.get('Delmål og indikatorer') ?? [];
    expect(goals.some((row) => row.join(' ').includes('ikke oplyst'))).toBe(true);

    // Whether each quarter was approved, and by whom.
    const approvals = sheets.get('Kvartalernes godkendelse') ?? [];
    expect(approvals[1]).toEqual([
      '2025-K1',
      expect.stringMatching(/^Godkendt \d+\. \p{L}+ \d{4} af Test leader$/u),
    ]);
    expect(approvals.slice(2)).toEqual([
      ['2025-K2', 'Ikke godkendt'],
      ['2025-K3', 'Ikke godkendt'],
      ['2025-K4', 'Ikke godkendt'],
    ]);

    const deliveries = sheets.get('Leverancer pr. kvartal') ?? [];
    const header = deliveries[0] ?? [];
    const b = deliveries.find((row) => row[0] === '2025-K1' && row[3] === refs.activityB.name);
    expect(b?.[header.indexOf('Forløb startet')]).toBe('7');
    expect(b?.[header.indexOf('Deltagere')]).toBe('7');
    expect(b?.[header.indexOf('Tal')]).toBe('Godkendte tal');
    expect(deliveries.find((row) => row[0] === '2025-K2')?.[1]).toBe('Aktuelle tal (ikke godkendt)');
    // No count of persons from 1 to 4 anywhere (sessions held are not persons).
    const sessions = header.indexOf('Holdgange');
    for (const row of deliveries.slice(1)) {
      row.forEach((cell, index) => {
        if (index > 3 && index !== sessions) expect(cell, row.join(' | ')).not.toMatch(/^[1-4]$/);
      });
    }

    const now = await sheetsOf((await get(s.reader, `${PACK}?year=2026&format=xlsx`)).rawPayload);
    expect((now.get('Delaftaler') ?? []).find((row) => row[0] === 'Beskæftigelse')?.[4]).toBe('250');
  });

  it('gives an approved quarter’s deliveries as approved, even when a change passed the lock since', async () => {
    // One of activity B's forløb is moved out of 2025-Q1 on a path the lock lets through (as erasure
    // and retention do): today's Q1 report has 6, the approved figures 7.
    await withTransaction(t.db, systemActor('test', t.planId), async (trx) => {
      await passQuarterLock(trx);
      const moved = await trx
        .updateTable('support_case')
        .set({ started_on: '2025-04-15' })
        .where('id', '=', (eb) =>
          eb
            .selectFrom('support_case')
            .select('id')
            .where('activity_id', '=', refs.activityB.id)
            .where('started_on', '<=', '2025-03-31')
            .where((w) => w.or([w('ended_on', 'is', null), w('ended_on', '>=', '2025-04-15')]))
            .limit(1),
        )
        .executeTakeFirst();
      expect(Number(moved.numUpdatedRows)).toBe(1);
    });
    const today = (await get(s.reader, '/api/v1/reports/quarterly?quarter=2025-Q1')).json();
    const current = today.activities.find(
      (row: { activityId: string }) => row.activityId === refs.activityB.id,
    );
    expect(current.casesStarted).toBe(6);
    const sheets = await sheetsOf((await get(s.reader, `${PACK}?year=2025&format=xlsx`)).rawPayload);
    const deliveries = sheets.get('Leverancer pr. kvartal') ?? [];
    const header = deliveries[0] ?? [];
    const b = deliveries.find((row) => row[0] === '2025-K1' && row[3] === refs.activityB.name);
    expect([b?.[1], b?.[header.indexOf('Forløb startet')]]).toEqual(['Godkendte tal', '7']);
  });

  it('is an accessible PDF in Danish; wrong years and roles are refused', async () => {
    const pdf = await get(s.leader, `${PACK}?year=2025&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expectAccessiblePdf(pdf.rawPayload, 'Årlig statuspakke 2025', [
      'H1 Årlig statuspakke 2025',
      'H2 Delaftaler pr. 31. december 2025',
      'H2 Årets indikatorer',
      'H2 Leverancer pr. kvartal',
      'TH Kvartal',
    ]);
    expect((await get(s.reader, `${PACK}?year=tyve&format=pdf`)).statusCode).toBe(400);
    expect((await get(s.reader, `${PACK}?year=2025&format=docx`)).statusCode).toBe(400);
    expect((await get(s.alerting, `${PACK}?year=2025&format=pdf`)).statusCode).toBe(403);
  });
});
