import { createHash } from 'node:crypto';
import { sql } from 'kysely';
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

// The board's review record (issue 20, item 3), tried as the auditor and as someone who wants an
// awkward review gone: the version kept is byte for byte the report the API gave, a later change of
// the figures shows, a review can be withdrawn once and never edited or deleted, not even by the
// app's own database role, and nobody outside the leadership and the board reads or writes it.

const BASE = '/api/v1/reports/board-reviews';
const INDICATOR = '/api/v1/plan/indicators/udd-18-29-uddannelse-udover-grundskolen/values';
const dayOffset = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

describe.each(TEST_DATABASES)('board review record on %s', (kind) => {
  let t: TestApp;
  const s: Record<'leader' | 'reader' | 'worker' | 'otherLeader', Session> = {} as never;
  const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as(session, method), ...(payload ? { payload } : {}) });
  const review = {
    reviewedOn: '2026-03-12',
    meeting: 'Bestyrelsesmøde 12. marts 2026',
    reportKind: 'annual',
    period: '2025',
    minutesUrl: 'https://esdh.odense.dk/referat/2026-03-12',
  };
  let reviewId: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const role of ['leader', 'reader', 'worker'] as const) {
      await addUser(t.db, t.planId, role, `${role}@review.dk`);
      s[role] = await signIn(t.app, `${role}@review.dk`);
    }
    const other = await addPlan(t.db, 'anden-plan');
    await addUser(t.db, other, 'leader', 'leder@anden.dk');
    s.otherLeader = await signIn(t.app, 'leder@anden.dk');
  });
  afterAll(() => t.close());

  it('keeps the exact report the API gave and shows when its figures change later', async () => {
    const annual = await call(s.reader, 'GET', '/api/v1/reports/annual?year=2025');
    const recorded = await call(s.leader, 'POST', BASE, review);
    expect(recorded.statusCode, recorded.body).toBe(201);
    const body = recorded.json();
    reviewId = body.id;
    expect(body.report).toEqual({
      kind: 'annual',
      period: '2025',
      fingerprint: createHash('sha256').update(annual.body).digest('hex'),
      changedSince: false,
      approval: null,
    });
    expect(body.recordedBy).toBe('Test leader');

    const list = await call(s.reader, 'GET', `${BASE}?year=2026`);
    expect(list.json().reviews.map((r: { id: string }) => r.id)).toEqual([reviewId]);
    expect((await call(s.reader, 'GET', `${BASE}?year=2025`)).json().reviews).toEqual([]);

    const changed = await call(s.leader, 'PUT', INDICATOR, {
      values: [{ areaSlug: 'vollsmose', year: 2025, value: 41.5 }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = (await call(s.reader, 'GET', `${BASE}?year=2026`)).json().reviews[0];
    expect(after.report.changedSince).toBe(true);
    expect(after.report.fingerprint).toBe(body.report.fingerprint);

    // The reviewed version comes back as it was, not as the report reads today.
    const reviewed = await call(s.reader, 'GET', `${BASE}/${reviewId}/report?format=pdf`);
    expect(reviewed.statusCode).toBe(200);
    const order = expectAccessiblePdf(
      reviewed.rawPayload,
      'Bestyrelsesrapport: Årlig opfølgning på indikatorer',
      [],
    );
    expect(order.join('\n')).not.toContain('41,5');
    const today = await call(s.reader, 'GET', '/api/v1/reports/annual?year=2025&format=pdf');
    expect(
      expectAccessiblePdf(today.rawPayload, 'Bestyrelsesrapport: Årlig opfølgning på indikatorer', []).join(
        '\n',
      ),
    ).toContain('41,5');
  });

  it('is withdrawn once with a reason and stays listed; the database refuses edits and deletes', async () => {
    expect(
      (await call(s.reader, 'POST', `${BASE}/${reviewId}/withdraw`, { reason: 'Forkert dato' })).statusCode,
    ).toBe(403);
    const done = await call(s.leader, 'POST', `${BASE}/${reviewId}/withdraw`, { reason: 'Forkert dato' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().withdrawn).toMatchObject({ by: 'Test leader', reason: 'Forkert dato' });
    const again = await call(s.leader, 'POST', `${BASE}/${reviewId}/withdraw`, { reason: 'Igen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Gennemgangen er allerede trukket tilbage.');
    expect((await call(s.reader, 'GET', `${BASE}?year=2026`)).json().reviews).toHaveLength(1);

    // The app's own role, straight at the table, as an insider with the connection string would.
    await expect(sql`update board_review set meeting = 'Et andet møde'`.execute(t.db)).rejects.toThrow(
      /kun trækkes tilbage/,
    );
    await expect(
      sql`update board_review set withdrawn_at = null, withdrawn_reason = null`.execute(t.db),
    ).rejects.toThrow(/kun trækkes tilbage/);
    await expect(sql`delete from board_review`.execute(t.db)).rejects.toThrow(/kun trækkes tilbage/);
    await expect(sql`truncate board_review`.execute(t.db)).rejects.toThrow();
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_type', '=', 'board_review')
      .where('entity_id', '=', reviewId)
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses bad input in Danish and changes nothing', async () => {
    const cases: Array<[object, string]> = [
      [{ ...review, period: '2025-Q5', reportKind: 'quarterly' }, 'period'],
      [{ ...review, period: '2025-Q1' }, 'period'],
      [{ ...review, reviewedOn: dayOffset(2) }, 'reviewedOn'],
      [{ ...review, minutesUrl: 'javascript:alert(1)' }, 'minutesUrl'],
      [{ ...review, meeting: 'Møde om 010203-1234' }, 'meeting'],
      [{ ...review, meeting: '' }, 'meeting'],
    ];
    for (const [payload, field] of cases) {
      const response = await call(s.leader, 'POST', BASE, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
    expect((await call(s.reader, 'GET', `${BASE}?year=2026`)).json().reviews).toHaveLength(1);
    expect((await call(s.reader, 'GET', `${BASE}?year=tyve`)).statusCode).toBe(400);
  });

  it('lets only the leadership record and the board read, and never across plans', async () => {
    expect((await call(s.reader, 'POST', BASE, review)).statusCode).toBe(403);
    expect((await call(s.worker, 'POST', BASE, review)).statusCode).toBe(403);
    expect((await call(s.worker, 'GET', `${BASE}?year=2026`)).statusCode).toBe(403);
    expect((await call(s.otherLeader, 'GET', `${BASE}?year=2026`)).json().reviews).toEqual([]);
    expect((await call(s.otherLeader, 'GET', `${BASE}/${reviewId}/report`)).statusCode).toBe(404);
    const other = await call(s.otherLeader, 'POST', `${BASE}/${reviewId}/withdraw`, { reason: 'Ikke vores' });
    expect(other.statusCode).toBe(404);
  });

  it('exports the year for the auditor as XLSX and as an accessible PDF', async () => {
    const recorded = await call(s.leader, 'POST', BASE, {
      ...review,
      reportKind: 'quarterly',
      period: '2025-K4',
      minutesUrl: null,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().report.period).toBe('2025-Q4');
    const xlsx = await call(s.reader, 'GET', `${BASE}/export?year=2026&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(
      'attachment; filename="bestyrelsens-gennemgang-2026.xlsx"',
    );
    const pdf = await call(s.reader, 'GET', `${BASE}/export?year=2026&format=pdf`);
    const order = expectAccessiblePdf(pdf.rawPayload, 'Bestyrelsens gennemgang 2026', [
      'H1 Bestyrelsens gennemgang 2026',
      'TH Dato',
    ]);
    expect(order.join('\n')).toContain('Leverancemåling 2025-K4');
    expect(order.join('\n')).toContain('Trukket tilbage');
    expect(order.join('\n')).toContain('Ikke godkendt, da gennemgangen blev registreret');
  });

  it('names the quarter’s approval each review saw, and keeps it when the quarter is reopened later', async () => {
    const approval = '/api/v1/reports/quarter-approval';
    const record = async (reviewedOn: string) => {
      const answer = await call(s.leader, 'POST', BASE, {
        ...review,
        reviewedOn,
        reportKind: 'quarterly',
        period: '2025-Q2',
      });
      expect(answer.statusCode, answer.body).toBe(201);
      return answer.json().id as string;
    };
    const before = await record('2026-04-01');
    const approved = await call(s.leader, 'POST', `${approval}/approve`, { quarter: '2025-Q2' });
    expect(approved.statusCode, approved.body).toBe(200);
    const seenApproved = await record('2026-04-02');
    const reopened = await call(s.leader, 'POST', `${approval}/reopen`, {
      quarter: '2025-Q2',
      activityId: null,
      reason: 'En kontakt manglede',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const seenReopened = await record('2026-04-03');
    const reviews = (await call(s.reader, 'GET', `${BASE}?year=2026`)).json().reviews;
    const seen = (id: string) => reviews.find((r: { id: string }) => r.id === id).report.approval;
    expect(seen(before)).toEqual({
      state: 'open',
      at: null,
      by: null,
      label: 'Ikke godkendt, da gennemgangen blev registreret',
    });
    expect(seen(seenApproved)).toMatchObject({ state: 'approved', by: 'Test leader' });
    expect(seen(seenApproved).label).toMatch(/^Godkendt \d+\. \p{L}+ \d{4} af Test leader$/u);
    expect(seen(seenReopened)).toMatchObject({ state: 'reopened', at: seen(seenApproved).at });
    expect(seen(seenReopened).label).toMatch(/men genåbnet, da gennemgangen blev registreret$/);
  });
});
