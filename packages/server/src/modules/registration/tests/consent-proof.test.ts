import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { countCases } from '../../../../test/report-counts.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { runRetention } from '../../../retention.ts';

// Issue 15, item 5: after erasure or withdrawal a minimal proof of consent stays (GDPR art. 7(1)):
// when it was given, for which purposes, withdrawn when and by whom; no name, no contact, no
// partner names. And a withdrawn consent takes the participant out of the counts.
describe.each(TEST_DATABASES)('proof of consent after erasure and withdrawal on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let leader: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Team Syd');
    mentor = (await addMember(t, 'worker', 'mentor@test.dk', team)).session;
    leader = (await addMember(t, 'leader', 'leder@test.dk', team)).session;
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  async function registerWithCase(name: string) {
    const p = await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs, name));
    expect(p.statusCode).toBe(201);
    const c = await call(t, mentor, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId: p.json().id,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
    });
    expect(c.statusCode).toBe(201);
    return p.json().id as string;
  }

  const proofRows = (id: string) =>
    t.db.selectFrom('participant_consent').selectAll().where('participant_id', '=', id).execute();

  const startedInQuarter = async () => {
    const rows = await countCases(t.db, [t.planId], { start: '2026-10-01', end: '2026-12-31' });
    return Number(rows.find((r) => Number(r.by_activity) === 1 && Number(r.by_area) === 1)?.started ?? 0);
  };

  it('keeps the consent as proof when a leader erases the participant (art. 17)', async () => {
    const id = await registerWithCase('Salma Erase');
    const erased = await call(t, leader, 'POST', `/api/v1/participants/${id}/erase`, { confirm: true });
    expect(erased.statusCode).toBe(204);
    const detail = (await call(t, leader, 'GET', `/api/v1/participants/${id}`)).json();
    expect(detail).toMatchObject({ displayName: null, contact: null });
    expect(detail.consents).toEqual([
      expect.objectContaining({
        givenOn: '2026-11-02',
        forRegistration: true,
        forStatistics: true,
        forPartnerContact: true,
        partnerNames: null,
        withdrawnOn: null,
        recordedByName: 'Test worker',
      }),
    ]);
    const dump = JSON.stringify(await proofRows(id));
    expect(dump).not.toMatch(/Salma|Erase|20 30 40 50|Jobcenter Odense/);
  });

  it('keeps it when the retention rule erases, and the database refuses to delete or rewrite it', async () => {
    const id = await registerWithCase('Rita Retention');
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('support_case')
        .set({ status: 'closed', ended_on: '2026-11-10', outcome: 'no-change' })
        .where('participant_id', '=', id)
        .execute(),
    );
    await runRetention(t.db, { now: new Date('2030-01-01T12:00:00Z'), periods: { residents: '24m' } });
    const [proof] = await proofRows(id);
    expect(proof).toMatchObject({ given_on: '2026-11-02', for_statistics: true, partner_names: null });
    const erased = await t.db
      .selectFrom('participant')
      .select('erased_at')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(erased?.erased_at).not.toBeNull();
    await expect(
      withTransaction(t.db, systemActor('test', t.planId), (trx) =>
        trx.deleteFrom('participant_consent').where('participant_id', '=', id).execute(),
      ),
    ).rejects.toThrow(/proof of consent/);
    await expect(
      withTransaction(t.db, systemActor('test', t.planId), (trx) =>
        trx
          .updateTable('participant_consent')
          .set({ for_statistics: false })
          .where('participant_id', '=', id)
          .execute(),
      ),
    ).rejects.toThrow(/only withdrawal/);
    expect(await proofRows(id)).toHaveLength(1);
  });

  it('after withdrawal the proof says when and by whom, and the participant is counted no more', async () => {
    const before = await startedInQuarter();
    const id = await registerWithCase('Wafa Withdraws');
    expect(await startedInQuarter()).toBe(before + 1);
    const w = await call(t, mentor, 'POST', `/api/v1/participants/${id}/consent-withdrawal`, {
      withdrawnOn: '2026-11-20',
    });
    expect(w.statusCode).toBe(204);
    expect(await startedInQuarter()).toBe(before);
    const [proof] = await proofRows(id);
    expect(proof).toMatchObject({ given_on: '2026-11-02', withdrawn_on: '2026-11-20', partner_names: null });
    const withdrawer = await sql<{ display_name: string }>`
      select display_name from app_user where id = ${proof?.withdrawn_by ?? null}::uuid`.execute(t.db);
    expect(withdrawer.rows[0]?.display_name).toBe('Test worker');
  });
});
