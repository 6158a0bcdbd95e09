import { da } from '@helhed/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { readingOrder } from '../../../../test/pdf-check.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';

// Issue 20, item 1: a leader approves 2025-Q1 and what is dated in it is locked for everyone, by
// the database. Tried as the worker who wants to add a forgotten contact anyway, as the leader
// himself, as the app's own database role, as a læser reading a colleague's message, and as the
// auditor who wants to see what changed after the approval.

const BASE = '/api/v1/reports/quarter-approval';
const Q1 = '2025-Q1';
type Change = { row: string; figure: string; before: unknown; after: unknown };

describe.each(TEST_DATABASES)('approving and locking a quarter on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let leader: Session;
  let reader: Session;
  let mentorId: string;
  let readerId: string;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  const cases: string[] = [];
  const participants: string[] = [];
  let courseCaseId: string;

  const view = async (session: Session) => (await call(t, session, 'GET', `${BASE}?quarter=${Q1}`)).json();
  const addContact = (session: Session, caseId: string, occurredOn: string) =>
    call(t, session, 'POST', `/api/v1/cases/${caseId}/contacts`, {
      clientKey: crypto.randomUUID(),
      occurredOn,
      kind: 'meeting',
      note: null,
    });
  const startCase = async (activityId: string, startedOn: string) => {
    const body = participantBody(refs, `Deltager ${participants.length + 1}`);
    body.consent.givenOn = '2025-01-02';
    const participant = await call(t, mentor, 'POST', '/api/v1/participants', body);
    expect(participant.statusCode, participant.body).toBe(201);
    participants.push(participant.json().id);
    return call(t, mentor, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId: participant.json().id,
      activityId,
      startedOn,
    });
  };
  const contactCount = async () =>
    Number(
      (
        await t.db
          .selectFrom('support_case_contact')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await planRefs(t);
    const nord = await addTeam(t.db, t.planId, 'Team Nord');
    const member = await addMember(t, 'worker', 'mentor@kvartal.test', nord);
    mentor = member.session;
    mentorId = member.id;
    leader = (await addMember(t, 'leader', 'leder@kvartal.test', null)).session;
    const board = await addMember(t, 'reader', 'laeser@kvartal.test', null);
    reader = board.session;
    readerId = board.id;
    for (let day = 3; day < 10; day += 1) {
      const started = await startCase(refs.activityId, `2025-02-0${day}`);
      expect(started.statusCode, started.body).toBe(201);
      cases.push(started.json().id);
    }
    courseCaseId = (await startCase(refs.courseActivityId, '2025-03-05')).json().id;
    expect((await addContact(mentor, cases[0] ?? '', '2025-02-10')).statusCode).toBe(201);
  }, 180_000);
  afterAll(async () => t?.close());

  it('only a leader approves, and only a quarter that has ended, once', async () => {
    expect((await call(t, mentor, 'POST', `${BASE}/approve`, { quarter: Q1 })).statusCode).toBe(403);
    expect((await call(t, reader, 'POST', `${BASE}/approve`, { quarter: Q1 })).statusCode).toBe(403);
    const now = new Date();
    const current = `${now.getUTCFullYear() + 1}-Q1`;
    const early = await call(t, leader, 'POST', `${BASE}/approve`, { quarter: current });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe(da.quarterApproval.errors.notEnded);
    const bad = await call(t, leader, 'POST', `${BASE}/approve`, { quarter: '2025-Q5' });
    expect(bad.statusCode).toBe(400);

    expect((await view(reader)).state).toBe('open');
    const approved = await call(t, leader, 'POST', `${BASE}/approve`, { quarter: Q1 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      state: 'approved',
      approval: { by: 'Test leader' },
      changes: [],
    });
    const again = await call(t, leader, 'POST', `${BASE}/approve`, { quarter: Q1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(da.quarterApproval.errors.alreadyApproved);
  });

  it('refuses every change dated in the quarter, in Danish, for the worker and the leader alike', async () => {
    const before = await contactCount();
    for (const session of [mentor, leader]) {
      const refused = await addContact(session, cases[0] ?? '', '2025-02-11');
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'QUARTER_LOCKED',
        message: da.quarterApproval.errors.locked,
        details: [{ field: 'quarter', message: 'Låst kvartal: 2025, 1. kvartal' }],
      });
    }
    // A new forløb started in the quarter, and a tryghed contact, which has no activity.
    expect((await startCase(refs.activityId, '2025-03-20')).statusCode).toBe(409);
    const safety = await call(t, mentor, 'POST', '/api/v1/safety-contacts', {
      clientKey: crypto.randomUUID(),
      occurredOn: '2025-03-11',
      reportedBy: 'resident',
      situation: 'Knallertkørsel på stierne',
    });
    expect(safety.statusCode, safety.body).toBe(409);
    expect(await contactCount()).toBe(before);
    // The next quarter is open.
    expect((await addContact(mentor, cases[0] ?? '', '2025-04-02')).statusCode).toBe(201);
  });

  it('holds against the app’s own database role: no insert in the quarter, no edit of the record', async () => {
    // With an actor set, as the app writes, so the audit trigger lets the row pass to the lock.
    const insert = withTransaction(t.db, systemActor('quarter-test', t.planId), (trx) =>
      trx
        .insertInto('support_case_contact')
        .values({ plan_id: t.planId, case_id: cases[1] ?? '', occurred_on: '2025-01-15', kind: 'phone' })
        .execute(),
    );
    await expect(insert).rejects.toMatchObject({ code: 'HL001' });
    const update = t.db
      .updateTable('support_case')
      .set({ started_on: '2025-04-01' })
      .where('id', '=', cases[1] ?? '');
    await expect(update.execute()).rejects.toMatchObject({ code: 'HL001' });
    await expect(t.db.deleteFrom('quarter_event').execute()).rejects.toThrow(/permission denied/);
    await expect(t.db.updateTable('quarter_event').set({ reason: 'x' }).execute()).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`truncate quarter_event`.execute(t.db)).rejects.toThrow();
  });

  it('cannot be sent back while approved; a læser and a stranger are no recipients', async () => {
    const body = { quarter: Q1, userId: mentorId, message: 'Husk fremmøderne fra februar' };
    const locked = await call(t, leader, 'POST', `${BASE}/send-back`, body);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(da.quarterApproval.errors.stillApproved);
    expect((await call(t, mentor, 'POST', `${BASE}/send-back`, body)).statusCode).toBe(403);
  });

  it('reopens one activity with a reason: its registrations change, the rest stay locked', async () => {
    const noReason = await call(t, leader, 'POST', `${BASE}/reopen`, {
      quarter: Q1,
      activityId: refs.activityId,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const reopened = await call(t, leader, 'POST', `${BASE}/reopen`, {
      quarter: Q1,
      activityId: refs.activityId,
      reason: 'Et forløb fra marts manglede',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      state: 'reopened',
      reopened: { whole: false, activities: [{ id: refs.activityId }] },
    });
    const twice = await call(t, leader, 'POST', `${BASE}/reopen`, {
      quarter: Q1,
      activityId: refs.activityId,
      reason: 'Igen',
    });
    expect(twice.statusCode).toBe(409);

    expect((await startCase(refs.activityId, '2025-03-20')).statusCode).toBe(201);
    expect((await addContact(mentor, cases[0] ?? '', '2025-02-11')).statusCode).toBe(201);
    expect((await addContact(mentor, courseCaseId, '2025-03-06')).statusCode).toBe(409);

    // The report says what changed after the approval, before → after, with published figures.
    const changes = (await view(reader)).changes as Change[];
    const mentorRow = 'Uddannelses- og beskæftigelsesmentor for jobparate';
    expect(changes).toContainEqual({ row: mentorRow, figure: 'Forløb startet', before: 7, after: 8 });
    expect(changes.every((c) => c.before !== c.after)).toBe(true);
  });

  // Migration 0029: an insert is checked once per statement, per plan, quarter and activity.
  it('refuses a many-row insert whole when one row falls in a locked activity; lets a reopened one through', async () => {
    const before = await contactCount();
    const rows = (caseIds: string[]) =>
      caseIds.map((caseId) => ({
        plan_id: t.planId,
        case_id: caseId,
        occurred_on: '2025-02-12',
        kind: 'phone',
      }));
    const insert = (caseIds: string[], keep: boolean) =>
      withTransaction(t.db, systemActor('quarter-test', t.planId), async (trx) => {
        await trx.insertInto('support_case_contact').values(rows(caseIds)).execute();
        if (!keep) throw new Error('rolled back by the test');
      });
    const reopenedCases = [cases[0] ?? '', cases[1] ?? '', cases[2] ?? ''];
    await expect(insert([...reopenedCases, courseCaseId], true)).rejects.toMatchObject({ code: 'HL001' });
    await expect(insert([courseCaseId, ...reopenedCases], true)).rejects.toMatchObject({ code: 'HL001' });
    expect(await contactCount()).toBe(before);
    await expect(insert(reopenedCases, false)).rejects.toThrow('rolled back by the test');
    expect(await contactCount()).toBe(before);
  });

  it('sends the quarter back to a worker, whose message the board does not read', async () => {
    const toReader = await call(t, leader, 'POST', `${BASE}/send-back`, {
      quarter: Q1,
      userId: readerId,
      message: 'Til bestyrelsen',
    });
    expect(toReader.statusCode).toBe(400);
    const sent = await call(t, leader, 'POST', `${BASE}/send-back`, {
      quarter: Q1,
      userId: mentorId,
      message: 'Husk fremmøderne fra februar',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const inbox = (await call(t, mentor, 'GET', `${BASE}/sent-back`)).json();
    expect(inbox.items).toEqual([
      expect.objectContaining({ quarter: Q1, by: 'Test leader', message: 'Husk fremmøderne fra februar' }),
    ]);
    expect((await call(t, reader, 'GET', `${BASE}/sent-back`)).json().items).toEqual([]);
    const seenByBoard = (await view(reader)).events.find((e: { kind: string }) => e.kind === 'sent-back');
    expect(seenByBoard).toMatchObject({ toUser: { name: 'Test worker' }, text: null });
    expect(JSON.stringify(await view(reader))).not.toContain('fremmøderne');
  });

  it('approving again locks it all and answers the send-back; the report files say who approved', async () => {
    const approved = await call(t, leader, 'POST', `${BASE}/approve`, { quarter: Q1 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().changes).toEqual([]);
    expect(approved.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'approved',
      'reopened',
      'sent-back',
      'approved',
    ]);
    expect((await addContact(mentor, cases[0] ?? '', '2025-02-12')).statusCode).toBe(409);
    expect((await call(t, mentor, 'GET', `${BASE}/sent-back`)).json().items).toEqual([]);

    const pdf = await call(t, reader, 'GET', `/api/v1/reports/quarterly?quarter=${Q1}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = readingOrder(pdf.rawPayload).join('\n');
    expect(text).toMatch(/Godkendt \d+\. \p{L}+ \d{4} af Test leader/u);
    expect(text).toContain(da.quarterApproval.changes.none);
  });

  it('lets the right to erasure through the lock: a participant with a contact in the quarter is erased', async () => {
    const erased = await call(t, leader, 'POST', `/api/v1/participants/${participants[0]}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode, erased.body).toBe(204);
    const left = await t.db
      .selectFrom('support_case_contact')
      .select('id')
      .where('case_id', '=', cases[0] ?? '')
      .execute();
    expect(left).toEqual([]);
  });
});
