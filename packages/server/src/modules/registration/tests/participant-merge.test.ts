import { da } from '@helhed/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlan, buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { registrationRetention } from '../service/retention.ts';
import { addPerson, addRecords, newestConsent, snapshot } from './merge-fixtures.ts';

// Issue 17, item 4: a leader merges two records of one person; forløb, referrals, contacts, course
// attendance, volunteering and shares move over, the consent narrows to what both allowed, and the
// merge is undone exactly within 30 days. Tried as a worker, across plans, into itself, twice, late,
// with percent-encoded ids, and by erasing the kept record.
type Merge = { id: string; mergedParticipantId: string; canUndo: boolean; undoneAt: string | null };

describe.each(TEST_DATABASES)('merging two records of one person, on %s', (kind) => {
  let t: TestApp;
  let north: Session;
  let south: Session;
  let leader: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  let keptId: string;
  let dupId: string;
  let courseId: string;

  const merge = (session: Session, kept: string, duplicateId: string, reason = 'Samme person, to teams') =>
    call(t, session, 'POST', `/api/v1/participants/${kept}/merge`, { duplicateId, reason });
  const undo = (session: Session, mergeId: string) =>
    call(t, session, 'POST', `/api/v1/participant-merges/${mergeId}/undo`);
  const auditOf = (action: string, id: string) =>
    t.db
      .selectFrom('audit_event')
      .select('details')
      .where('action', '=', action)
      .where('entity_id', '=', id)
      .execute();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await planRefs(t);
    const northMember = await addMember(
      t,
      'worker',
      'nord@merge.test',
      await addTeam(t.db, t.planId, 'Nord'),
    );
    north = northMember.session;
    south = (await addMember(t, 'worker', 'syd@merge.test', await addTeam(t.db, t.planId, 'Syd'))).session;
    leader = (await addMember(t, 'leader', 'leder@merge.test', null)).session;
    keptId = await addPerson(t, north, refs, 'Amina Hassan', {
      forStatistics: true,
      forPartnerContact: true,
      partnerNames: 'Jobcenter Odense, Boligselskabet',
    });
    dupId = await addPerson(t, south, refs, 'Amina Hasan', {
      forStatistics: false,
      forPartnerContact: true,
      partnerNames: 'jobcenter odense; UU Odense',
    });
    await addRecords(t, south, refs, dupId);
    await call(t, south, 'POST', `/api/v1/participants/${dupId}/shares`, { userId: northMember.id });
    // One course both records are enrolled on: the kept came to session 1, the duplicate to 1 and 2.
    const course = await call(t, north, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: refs.courseActivityId,
      kind: 'course',
      title: 'Bydelsløftere, forår',
      startsOn: '2026-11-01',
    });
    courseId = course.json().id;
    const enrolledIds: string[] = [];
    for (const participantId of [keptId, dupId]) {
      const r = await call(t, leader, 'POST', `/api/v1/group-courses/${courseId}/enrolments`, {
        participantId,
        enrolledOn: '2026-11-01',
      });
      const enrolment = r
        .json()
        .enrolments.find((e: { participantId: string }) => e.participantId === participantId);
      enrolledIds.push(enrolment.id);
    }
    const sessions = course.json().sessions as { id: string }[];
    const attend = (sessionId: string, heldOn: string, present: string[]) =>
      call(t, leader, 'PUT', `/api/v1/group-courses/${courseId}/sessions/${sessionId}/attendance`, {
        heldOn,
        presentEnrolmentIds: present,
      });
    await attend(sessions[0]?.id as string, '2026-11-02', enrolledIds);
    await attend(sessions[1]?.id as string, '2026-11-09', [enrolledIds[1] as string]);
  }, 120_000);
  afterAll(async () => t?.close());

  it('moves everything over, narrows the consent, hides the duplicate, and undoes it exactly', async () => {
    const before = await snapshot(t.db, [keptId, dupId]);
    expect([before.enrolments.length, before.attendance.length, before.cases.length]).toEqual([2, 3, 1]);
    expect([before.volunteering.length, before.referrals.length, before.shares.length]).toEqual([1, 1, 1]);
    expect(before.households.map((h) => h.participant_id)).toEqual([dupId]);
    const r = await merge(leader, keptId, dupId);
    expect(r.statusCode, r.body).toBe(200);
    const [made] = r.json().merges as Merge[];
    expect(made).toMatchObject({ mergedParticipantId: dupId, canUndo: true, undoneAt: null });

    const kept = (await call(t, leader, 'GET', `/api/v1/participants/${keptId}`)).json();
    expect(kept.cases).toHaveLength(1);
    expect(kept.referrals).toHaveLength(1);
    expect(kept.shares).toHaveLength(1);
    // Genhusning's household link moves by genhusning's own step.
    expect((await snapshot(t.db, [keptId, dupId])).households.map((h) => h.participant_id)).toEqual([keptId]);
    expect(await newestConsent(t.db, keptId)).toMatchObject({
      for_statistics: false,
      for_partner_contact: true,
      partner_names: 'Jobcenter Odense',
    });
    // The duplicate is gone from detail, list, search and suggestions.
    expect((await call(t, leader, 'GET', `/api/v1/participants/${dupId}`)).statusCode).toBe(404);
    const list = (await call(t, leader, 'GET', '/api/v1/participants?q=Amina')).json();
    expect(list.participants.map((p: { id: string }) => p.id)).toEqual([keptId]);
    const suggestions = await call(
      t,
      leader,
      'GET',
      '/api/v1/participants/likely-duplicates?displayName=Amina%20Hasan',
    );
    expect(suggestions.json().participants.map((p: { id: string }) => p.id)).not.toContain(dupId);
    // One enrolment on the course, with both records' sessions.
    const course = (await call(t, leader, 'GET', `/api/v1/group-courses/${courseId}`)).json();
    expect(course.enrolments.map((e: { participantId: string }) => e.participantId)).toEqual([keptId]);
    const attended = course.sessions.flatMap((s: { presentEnrolmentIds: string[] }) => s.presentEnrolmentIds);
    expect(attended).toHaveLength(2);
    // Audited on both records' histories, with ids and counts, not names.
    const events = await auditOf('merge', keptId);
    expect(events).toHaveLength(1);
    expect(events[0]?.details).not.toContain('Amina');
    expect(await auditOf('merge', dupId)).toHaveLength(1);
    // The export of the kept record names the merged record and its consents.
    const exported = (await call(t, leader, 'GET', `/api/v1/participants/${keptId}/export`)).json();
    expect(exported.mergedRecords).toMatchObject([{ participantId: dupId, displayName: 'Amina Hasan' }]);
    expect(exported.mergedRecords[0].consents).toHaveLength(1);
    expect(exported.accessLog.some((e: { action: string }) => e.action === 'merge')).toBe(true);

    const undone = await undo(leader, made?.id as string);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json().merges[0]).toMatchObject({ canUndo: false });
    expect(await snapshot(t.db, [keptId, dupId])).toEqual(before);
    expect((await call(t, leader, 'GET', `/api/v1/participants/${dupId}`)).statusCode).toBe(200);
    expect(await auditOf('merge-undo', keptId)).toHaveLength(1);

    const twice = await undo(leader, made?.id as string);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(da.merge.errors.alreadyUndone);
    expect(await snapshot(t.db, [keptId, dupId])).toEqual(before);
  });

  it('refuses a worker (403), another plan (404), itself (400) and an already merged record (409)', async () => {
    expect((await merge(north, keptId, dupId)).statusCode).toBe(403);
    expect((await call(t, north, 'GET', `/api/v1/participants/${keptId}/merges`)).statusCode).toBe(403);
    const otherPlan = await addPlan(t.db, 'anden-plan');
    const stranger = await withTransaction(t.db, systemActor('test', otherPlan), async (trx) => {
      const team = await trx
        .insertInto('team')
        .values({ plan_id: otherPlan, name: 'X' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return trx
        .insertInto('participant')
        .values({ plan_id: otherPlan, team_id: team.id, display_name: 'Amina Hassan', gender: 'female' })
        .returning('id')
        .executeTakeFirstOrThrow();
    });
    const before = await snapshot(t.db, [keptId, dupId, stranger.id]);
    expect((await merge(leader, keptId, stranger.id)).statusCode).toBe(404);
    expect((await merge(leader, stranger.id, keptId)).statusCode).toBe(404);
    const self = await merge(leader, keptId, keptId);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details[0]).toMatchObject({
      field: 'duplicateId',
      message: da.merge.errors.sameRecord,
    });
    const noReason = await call(t, leader, 'POST', `/api/v1/participants/${keptId}/merge`, {
      duplicateId: dupId,
    });
    expect(noReason.statusCode).toBe(400);
    expect(await snapshot(t.db, [keptId, dupId, stranger.id])).toEqual(before);

    const made = (await merge(leader, keptId, dupId)).json().merges[0] as Merge;
    expect((await undo(north, made.id)).statusCode).toBe(403);
    const third = await addPerson(t, north, refs, 'Amina Hassan', {
      forStatistics: true,
      forPartnerContact: false,
      partnerNames: null,
    });
    const again = await merge(leader, third, dupId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(da.merge.errors.alreadyMerged);
    expect((await merge(leader, dupId, third)).statusCode).toBe(409);
    expect((await undo(leader, made.id)).statusCode).toBe(200);
  });

  it('answers percent-encoded and malformed ids the same as plain ones, never with a server error', async () => {
    const encoded = [...keptId].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    const viaEncoded = await call(t, leader, 'GET', `/api/v1/participants/${encoded}/merges`);
    expect(viaEncoded.statusCode).toBe(200);
    for (const bad of ['%00', '..%2f..', 'not-a-uuid', `${keptId}%20`]) {
      const r = await call(t, leader, 'POST', `/api/v1/participants/${bad}/merge`, {
        duplicateId: dupId,
        reason: 'x',
      });
      expect(r.statusCode, bad).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, bad).toBeLessThan(500);
      expect((await undo(leader, bad)).statusCode).toBeLessThan(500);
    }
    expect((await undo(leader, crypto.randomUUID())).statusCode).toBe(404);
  });

  it('refuses the undo after 30 days, and retention then erases the merged-away record', async () => {
    const made = (await merge(leader, keptId, dupId)).json().merges[0] as Merge;
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('participant_merge')
        .set({ merged_at: sql<Date>`now() - interval '31 days'` })
        .where('id', '=', made.id)
        .execute(),
    );
    const late = await undo(leader, made.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe(da.merge.errors.undoExpired);
    const rule = registrationRetention.find((r) => r.table === 'participant_merge');
    expect(await rule?.apply(t.db, '2000-01-01')).toBe(1);
    const merged = await t.db
      .selectFrom('participant')
      .selectAll()
      .where('id', '=', dupId)
      .executeTakeFirstOrThrow();
    expect(merged).toMatchObject({ display_name: null, contact: null, merged_into_id: keptId });
    expect(merged.erased_at).not.toBeNull();
  });

  it('lets only one of two concurrent merges of the same records through (both rows are locked)', async () => {
    const yes = { forStatistics: true, forPartnerContact: false, partnerNames: null };
    const a = await addPerson(t, north, refs, 'Hodan Ali', yes);
    const b = await addPerson(t, south, refs, 'Hodan Aly', yes);
    const answers = await Promise.all([merge(leader, a, b), merge(leader, b, a)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const live = await t.db
      .selectFrom('participant')
      .select('id')
      .where('id', 'in', [a, b])
      .where('merged_into_id', 'is', null)
      .execute();
    expect(live).toHaveLength(1);
    const merges = await t.db
      .selectFrom('participant_merge')
      .select('id')
      .where('merged_participant_id', 'in', [a, b])
      .execute();
    expect(merges).toHaveLength(1);
  });

  it('erases the merged-away records with the kept one', async () => {
    const a = await addPerson(t, north, refs, 'Leyla Ali', {
      forStatistics: true,
      forPartnerContact: false,
      partnerNames: null,
    });
    const b = await addPerson(t, south, refs, 'Leila Ali', {
      forStatistics: true,
      forPartnerContact: false,
      partnerNames: null,
    });
    expect((await merge(leader, a, b)).statusCode).toBe(200);
    expect(
      (await call(t, leader, 'POST', `/api/v1/participants/${a}/erase`, { confirm: true })).statusCode,
    ).toBe(204);
    const rows = await t.db
      .selectFrom('participant')
      .select(['display_name', 'erased_at'])
      .where('id', 'in', [a, b])
      .execute();
    expect(rows.every((row) => row.display_name === null && row.erased_at !== null)).toBe(true);
    const reasons = await t.db
      .selectFrom('participant_merge')
      .select('reason')
      .where('kept_participant_id', '=', a)
      .execute();
    expect(reasons).toEqual([{ reason: null }]);
  });
});
