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
import { addMember, addMilestone, call, planRefs, plusDays } from './support.ts';

type Refs = Awaited<ReturnType<typeof planRefs>>;
type View = {
  id: string;
  status: string;
  recordedStatus: string;
  lateReason: string | null;
  doneOn: string | null;
};

// Issue 23, item 3: the milepælsplan. The leader adds milestones per delaftale (and activity) with a
// responsible staff member; a milestone is late when its date passed without being done or when the
// leader marked it; the board reads it all but changes nothing; another plan sees none of it.
describe.each(TEST_DATABASES)('milepælsplan (%s)', (kind) => {
  let t: TestApp;
  let refs: Refs;
  let leader: Session;
  let reader: Session;
  let worker: Session;
  let workerId: string;
  let readerId: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await planRefs(t);
    leader = (await addMember(t, 'leader', 'leder@milepael.test', null)).session;
    const w = await addMember(t, 'worker', 'mentor@milepael.test', null);
    worker = w.session;
    workerId = w.id;
    const r = await addMember(t, 'reader', 'bestyrelse@milepael.test', null);
    reader = r.session;
    readerId = r.id;
  }, 120_000);
  afterAll(() => t?.close());

  const list = async (session: Session) => {
    const response = await call(t, session, 'GET', '/api/v1/milestones');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { asOf: string; milestones: View[]; subAgreements: Array<{ id: string }> };
  };
  const status = async (session: Session) =>
    (await call(t, session, 'GET', '/api/v1/milestones/status')).json() as {
      done: number;
      late: number;
      notStarted: number;
      total: number;
      next: View[];
    };

  it('adds, edits and marks milestones; late is computed from the date or marked by the leader', async () => {
    const before = await status(leader);
    const upcoming = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      activityId: refs.activity.id,
      responsibleUserId: workerId,
      dueOn: plusDays(20),
    });
    expect(upcoming).toMatchObject({ status: 'not_started', lateReason: null, dueOn: plusDays(20) });
    const overdue = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
      dueOn: plusDays(-1),
      text: 'Partnerskabsaftale med jobcentret underskrevet',
    });
    expect(overdue).toMatchObject({ status: 'late', lateReason: 'overdue' });

    const marked = await call(t, leader, 'PATCH', `/api/v1/milestones/${upcoming.id}`, { status: 'late' });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({ status: 'late', recordedStatus: 'late', lateReason: 'marked' });

    const done = await call(t, leader, 'PATCH', `/api/v1/milestones/${overdue.id}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', doneOn: todayInDenmark(), lateReason: null });
    const future = await call(t, leader, 'PATCH', `/api/v1/milestones/${overdue.id}`, {
      doneOn: plusDays(2),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details).toEqual([
      { field: 'doneOn', message: da.milestones.errors.doneOnFuture },
    ]);

    const after = await status(reader);
    expect(after).toMatchObject({
      total: before.total + 2,
      done: before.done + 1,
      late: before.late + 1,
      notStarted: before.notStarted,
    });
    // The late one leads the overview's next milestones.
    expect(after.next[0]).toMatchObject({ id: upcoming.id, status: 'late' });

    const edited = await call(t, leader, 'PATCH', `/api/v1/milestones/${upcoming.id}`, {
      subAgreementId: refs.otherSubAgreement.id,
      text: 'Flyttet til den anden delaftale',
      status: 'not_started',
    });
    // A new delaftale drops the old one's activity.
    expect(edited.json()).toMatchObject({
      subAgreementId: refs.otherSubAgreement.id,
      activityId: null,
      status: 'not_started',
    });

    expect((await call(t, leader, 'DELETE', `/api/v1/milestones/${upcoming.id}`)).statusCode).toBe(200);
    expect((await list(leader)).milestones.some((m) => m.id === upcoming.id)).toBe(false);
    expect((await call(t, leader, 'DELETE', `/api/v1/milestones/${upcoming.id}`)).statusCode).toBe(404);
  });

  it('answers a retried create with the first milestone', async () => {
    const body = {
      clientKey: crypto.randomUUID(),
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
      dueOn: plusDays(40),
      text: 'Evaluering af første år',
    };
    const first = await call(t, leader, 'POST', '/api/v1/milestones', body);
    const again = await call(t, leader, 'POST', '/api/v1/milestones', body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
  });

  it('refuses a delaftale, an activity or a responsible person outside the plan, in Danish', async () => {
    const e = da.milestones.errors;
    const attempt = (body: Record<string, unknown>) =>
      call(t, leader, 'POST', '/api/v1/milestones', {
        clientKey: crypto.randomUUID(),
        subAgreementId: refs.subAgreement.id,
        responsibleUserId: workerId,
        dueOn: plusDays(10),
        text: 'Noget',
        ...body,
      });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ subAgreementId: crypto.randomUUID() }, 'subAgreementId', e.unknownSubAgreement],
      [{ activityId: refs.otherActivity.id }, 'activityId', e.unknownActivity],
      [{ responsibleUserId: readerId }, 'responsibleUserId', e.unknownResponsible],
      [{ text: 'Ring til 010203-1234' }, 'text', da.validation.cprNotAllowed],
    ];
    const count = (await list(leader)).milestones.length;
    for (const [body, field, message] of cases) {
      const response = await attempt(body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().error.details).toContainEqual({ field, message });
    }
    expect((await list(leader)).milestones).toHaveLength(count);
  });

  it('lets the board and the workers read, but not add, change or remove', async () => {
    const milestone = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
    });
    for (const session of [reader, worker]) {
      expect((await list(session)).milestones.some((m) => m.id === milestone.id)).toBe(true);
      expect((await call(t, session, 'GET', '/api/v1/milestones/export?format=pdf')).statusCode).toBe(200);
      const refused = [
        await call(t, session, 'POST', '/api/v1/milestones', {
          clientKey: crypto.randomUUID(),
          subAgreementId: refs.subAgreement.id,
          responsibleUserId: workerId,
          dueOn: plusDays(3),
          text: 'Må ikke',
        }),
        await call(t, session, 'PATCH', `/api/v1/milestones/${milestone.id}`, { status: 'done' }),
        await call(t, session, 'DELETE', `/api/v1/milestones/${milestone.id}`),
        await call(t, session, 'GET', '/api/v1/milestones/responsibles'),
      ];
      expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    }
    expect((await list(leader)).milestones.find((m) => m.id === milestone.id)?.status).toBe('not_started');
  });

  it('shows a user of another plan nothing of this plan and lets them change none of it', async () => {
    const otherPlan = await addPlan(t.db, 'anden-plan-milepael');
    await addUser(t.db, otherPlan, 'leader', 'leder@anden-plan.test');
    const stranger = await signIn(t.app, 'leder@anden-plan.test');
    const milestone = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
    });
    const theirs = await list(stranger);
    expect(theirs.milestones).toEqual([]);
    expect(theirs.subAgreements).toEqual([]);
    expect((await status(stranger)).total).toBe(0);
    expect(
      (await call(t, stranger, 'PATCH', `/api/v1/milestones/${milestone.id}`, { status: 'done' })).statusCode,
    ).toBe(404);
    expect((await call(t, stranger, 'DELETE', `/api/v1/milestones/${milestone.id}`)).statusCode).toBe(404);
    const borrowed = await call(t, stranger, 'POST', '/api/v1/milestones', {
      clientKey: crypto.randomUUID(),
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
      dueOn: plusDays(3),
      text: 'Lånt delaftale',
    });
    expect(borrowed.statusCode).toBe(400);
    const users = (await call(t, stranger, 'GET', '/api/v1/milestones/responsibles')).json().users as Array<{
      id: string;
    }>;
    expect(users.some((u) => u.id === workerId)).toBe(false);
    expect((await list(leader)).milestones.find((m) => m.id === milestone.id)?.status).toBe('not_started');
  });

  it('audits every change with the leader as actor', async () => {
    const milestone = await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      responsibleUserId: workerId,
    });
    await call(t, leader, 'PATCH', `/api/v1/milestones/${milestone.id}`, { status: 'done' });
    await call(t, leader, 'DELETE', `/api/v1/milestones/${milestone.id}`);
    const events = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_label', 'details'])
      .where('entity_type', '=', 'milestone')
      .where('entity_id', '=', milestone.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.action, e.actor_label])).toEqual([
      ['create', 'leder@milepael.test'],
      ['update', 'leder@milepael.test'],
      ['update', 'leder@milepael.test'],
    ]);
    expect(events[1]?.details).toContain('status');
    expect(events[2]?.details).toContain('removed_at');
  });

  it('downloads the milepælsplan as a spreadsheet and as a tagged PDF', async () => {
    const text = 'Milepæl til eksporten';
    await addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      activityId: refs.activity.id,
      responsibleUserId: workerId,
      dueOn: plusDays(-3),
      text,
    });
    const xlsx = await call(t, reader, 'GET', '/api/v1/milestones/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/filename="milepaelsplan-odense-2024-2028-.*\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(da.milestones.planTitle);
    const rows = Array.from(sheet?.getSheetValues() ?? [], (row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows[1]).toEqual([
      'Indsatsområde',
      'Delaftale',
      'Aktivitet',
      'Dato',
      'Milepæl',
      'Ansvarlig',
      'Status',
      'Nået den',
    ]);
    const row = rows.find((r) => r.includes(text));
    expect(row).toContain(refs.activity.name);
    expect(row).toContain('Forsinket (datoen er passeret)');

    const pdf = await call(t, reader, 'GET', '/api/v1/milestones/export?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expectAccessiblePdf(pdf.rawPayload, da.milestones.planTitle, [
      `H1 ${da.milestones.planTitle}`,
      `H2 ${refs.subAgreement.name}`,
      'TH Aktivitet',
      `TD ${text}`,
      'TD Forsinket (datoen er passeret)',
    ]);
  });
});
