import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { findTexts } from '../../../../test/text-scan.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { cutoffDay, parsePeriod, periodsFromEnv } from '../../../platform/retention/periods.ts';
import { rowsOf } from '../../../platform/retention/run.ts';
import { runRetention } from '../../../retention.ts';

describe('retention cut-off', () => {
  it('counts calendar months back in Danish time, clamping to the month end', () => {
    const months = (n: number) => parsePeriod(`${n}m`, 'residents');
    expect(cutoffDay(new Date('2026-11-23T12:00:00Z'), months(24))).toBe('2024-11-23');
    expect(cutoffDay(new Date('2026-03-31T10:00:00Z'), months(1))).toBe('2026-02-28');
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(cutoffDay(new Date('2026-12-31T23:30:00Z'), months(12))).toBe('2026-01-01');
    expect(cutoffDay(new Date('2026-03-01T10:00:00Z'), parsePeriod('1d', 'outbox'))).toBe('2026-02-28');
    expect(periodsFromEnv({}).residents).toEqual({ amount: 24, unit: 'm' });
    expect(periodsFromEnv({ HELHED_RETENTION_MONTHS: '6' }).residents).toEqual({ amount: 6, unit: 'm' });
    expect(periodsFromEnv({ HELHED_RETENTION_RESIDENTS: '1d' }).residents).toEqual({ amount: 1, unit: 'd' });
    expect(periodsFromEnv({}).audit).toEqual({ amount: 5, unit: 'y' });
    for (const bad of [
      { HELHED_RETENTION_MONTHS: '0' },
      { HELHED_RETENTION_OUTBOX: '90' },
      { HELHED_RETENTION_AUDIT: '30d' },
    ])
      expect(() => periodsFromEnv(bad)).toThrow();
  });
});

describe.each(TEST_DATABASES)('retention on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Team Nord');
    mentor = (await addMember(t, 'worker', 'mentor@test.dk', team)).session;
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  async function participantWithCases(name: string, cases: Array<{ start: string; end: string | null }>) {
    const p = await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs, name));
    expect(p.statusCode).toBe(201);
    const id = p.json().id as string;
    for (const c of cases) {
      const created = await call(t, mentor, 'POST', '/api/v1/cases', {
        clientKey: crypto.randomUUID(),
        participantId: id,
        activityId: refs.activityId,
        startedOn: c.start,
        goals: [{ text: `Mål for ${name}`, agreedOn: c.start }],
      });
      expect(created.statusCode).toBe(201);
      if (c.end) {
        const closed = await call(t, mentor, 'POST', `/api/v1/cases/${created.json().id}/close`, {
          endedOn: c.end,
          outcome: 'no-change',
        });
        expect(closed.statusCode).toBe(200);
      }
    }
    return id;
  }

  it('erases exactly the participants whose last forløb ended more than N months ago', async () => {
    const old = await participantWithCases('Gammel', [
      { start: '2022-01-10', end: '2022-06-01' },
      { start: '2023-01-10', end: '2024-11-22' },
    ]);
    const recent = await participantWithCases('Nylig', [
      { start: '2022-01-10', end: '2022-06-01' },
      { start: '2024-01-10', end: '2024-11-23' },
    ]);
    const running = await participantWithCases('Igang', [
      { start: '2020-01-10', end: '2020-06-01' },
      { start: '2021-01-10', end: null },
    ]);
    const neverStarted = await participantWithCases('Uden forløb', []);
    const freshNoCase = await participantWithCases('Ny uden forløb', []);
    const volunteering = await participantWithCases('Frivillig', []);
    const vol = await call(t, mentor, 'POST', '/api/v1/volunteers', {
      clientKey: crypto.randomUUID(),
      participantId: volunteering,
      startedOn: '2023-01-01',
    });
    expect(vol.statusCode).toBe(201);
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('participant')
        .set({ created_at: sql<Date>`'2024-01-01T12:00:00Z'::timestamptz` })
        .where('id', 'in', [neverStarted, volunteering])
        .execute(),
    );

    const result = await runRetention(t.db, {
      now: new Date('2026-11-23T12:00:00Z'),
      periods: { residents: '24m' },
    });
    expect(rowsOf(result, 'participant')).toBe(2);
    expect(result.cutoffs.residents).toBe('2024-11-23');

    const rows = await t.db
      .selectFrom('participant')
      .select(['id', 'display_name', 'erased_at'])
      .where('id', 'in', [old, recent, running, neverStarted, freshNoCase, volunteering])
      .execute();
    const erased = rows.filter((r) => r.erased_at !== null).map((r) => r.id);
    expect(erased.sort()).toEqual([old, neverStarted].sort());
    expect(rows.find((r) => r.id === old)?.display_name).toBeNull();
    expect(rows.find((r) => r.id === recent)?.display_name).toBe('Nylig');
    // The counts stay: both of the old participant's forløb remain, without their goals.
    const oldCases = await t.db
      .selectFrom('support_case')
      .select('id')
      .where('participant_id', '=', old)
      .execute();
    expect(oldCases).toHaveLength(2);
    const goals = await t.db
      .selectFrom('support_case_goal')
      .select('id')
      .where(
        'case_id',
        'in',
        oldCases.map((c) => c.id),
      )
      .execute();
    expect(goals).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['actor_label', 'action'])
      .where('entity_id', '=', old)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.actor_label)).toContain('system:retention');
    // No copy of the erased person's goals anywhere in the database; the recent one's are still there.
    expect(await findTexts(t.db, ['Mål for Gammel'])).toEqual([]);
    expect(await findTexts(t.db, ['Mål for Nylig'])).not.toEqual([]);

    // Idempotent: a second run finds nothing more; a shorter period reaches the recent one.
    expect(
      rowsOf(
        await runRetention(t.db, { now: new Date('2026-11-23T12:00:00Z'), periods: { residents: '24m' } }),
        'participant',
      ),
    ).toBe(0);
    expect(
      rowsOf(
        await runRetention(t.db, { now: new Date('2026-11-24T12:00:00Z'), periods: { residents: '24m' } }),
        'participant',
      ),
    ).toBe(1);
  });

  it('removes the free text of old tryghed contacts and CKS meetings, keeps the rows and the new ones', async () => {
    const contact = (occurredOn: string, situation: string) => ({
      clientKey: crypto.randomUUID(),
      occurredOn,
      reportedBy: 'resident',
      areaId: refs.areaId,
      place: 'Stien ved blok 4',
      situation,
      routedTo: ['ssp'],
      followUp: 'SSP ringer til moren',
    });
    const meeting = (heldOn: string, agreements: string) => ({
      clientKey: crypto.randomUUID(),
      heldOn,
      areaId: refs.areaId,
      attendance: [{ organisation: 'SSP', count: 2 }],
      agreements,
    });
    for (const body of [contact('2023-05-02', 'Gammel hændelse'), contact('2026-10-01', 'Ny hændelse')])
      expect((await call(t, mentor, 'POST', '/api/v1/safety-contacts', body)).statusCode).toBe(204);
    for (const body of [meeting('2023-06-01', 'Gammel aftale'), meeting('2026-10-02', 'Ny aftale')])
      expect((await call(t, mentor, 'POST', '/api/v1/cks-meetings', body)).statusCode).toBe(204);

    const result = await runRetention(t.db, {
      now: new Date('2026-11-23T12:00:00Z'),
      periods: { residents: '24m' },
    });
    expect(rowsOf(result, 'safety_contact', 'cks_meeting')).toBe(2);
    const contacts = await t.db
      .selectFrom('safety_contact')
      .select(['occurred_on', 'situation', 'place', 'follow_up', 'routed_to'])
      .orderBy('occurred_on')
      .execute();
    expect(contacts.map((c) => [c.situation, c.place, c.follow_up, c.routed_to])).toEqual([
      ['Slettet efter opbevaringsperioden', null, null, ['ssp']],
      ['Ny hændelse', 'Stien ved blok 4', 'SSP ringer til moren', ['ssp']],
    ]);
    const meetings = await t.db.selectFrom('cks_meeting').select(['agreements']).orderBy('held_on').execute();
    expect(meetings).toEqual([{ agreements: null }, { agreements: 'Ny aftale' }]);
    // Idempotent, and the change names the rule in the audit log.
    expect(
      rowsOf(
        await runRetention(t.db, { now: new Date('2026-11-23T12:00:00Z'), periods: { residents: '24m' } }),
        'safety_contact',
        'cks_meeting',
      ),
    ).toBe(0);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('actor_label')
      .where('entity_type', 'in', ['safety_contact', 'cks_meeting'])
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.actor_label)).toEqual(['system:retention', 'system:retention']);
    expect(await findTexts(t.db, ['Gammel hændelse', 'Gammel aftale'])).toEqual([]);
  });
});
