import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { findTexts } from '../../../../test/text-scan.ts';
import { rowsOf } from '../../../platform/retention/run.ts';
import { runRetention } from '../../../retention.ts';
import { addEvent, addMember, addTeam, call, createHousehold, createPhase } from './support.ts';

// Households follow the residents' retention period: personal data goes that long after
// the rehousing finished and the last follow-up; waiting households stay. Export lists the access log.
describe.each(TEST_DATABASES)('genhusning retention and export (%s)', (kind) => {
  let t: TestApp;
  let worker: Session;
  let finished: string;
  let waiting: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Genhusning');
    const leader = (await addMember(t, 'leader', 'leder@helhed.test', team)).session;
    worker = (await addMember(t, 'worker', 'mette@helhed.test', team)).session;
    const phaseId = await createPhase(t, leader, 'Etape 3 – Egeparken');
    finished = await createHousehold(t, worker, phaseId, {
      registeredOn: '2023-01-10',
      contactName: 'Familie Færdig (fiktiv)',
    });
    waiting = await createHousehold(t, worker, phaseId, {
      registeredOn: '2023-01-10',
      contactName: 'Familie Venter (fiktiv)',
    });
    const offer = await addEvent(t, worker, finished, {
      type: 'offer_made',
      occurredOn: '2023-02-01',
      organisation: 'FAB',
      answerDeadline: '2023-02-15',
    });
    await addEvent(t, worker, finished, { type: 'offer_accepted', occurredOn: '2023-02-10', offerId: offer });
    await addEvent(t, worker, finished, { type: 'moved', occurredOn: '2023-04-01', moveKind: 'permanent' });
    await call(t, worker, 'POST', `/api/v1/rehousing/households/${finished}/followups`, {
      clientKey: crypto.randomUUID(),
      kind: 'closing',
      occurredOn: '2024-12-01',
      note: 'Godt på plads i det nye kvarter',
    });
  }, 120_000);
  afterAll(() => t?.close());

  it('exports one household with its history and access log', async () => {
    const response = await call(t, worker, 'GET', `/api/v1/rehousing/households/${finished}/export`);
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json();
    expect(data.household.contactName).toBe('Familie Færdig (fiktiv)');
    expect(data.events.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'offer_made',
      'offer_accepted',
      'moved',
    ]);
    expect(data.accessLog.some((e: { action: string }) => e.action === 'create')).toBe(true);
  });

  it('erases a finished household after the period and keeps it as an anonymous count', async () => {
    const early = await runRetention(t.db, {
      now: new Date('2026-11-30T12:00:00Z'),
      periods: { residents: '24m' },
    });
    expect(rowsOf(early, 'rehousing_household')).toBe(0);
    const due = await runRetention(t.db, {
      now: new Date('2026-12-02T12:00:00Z'),
      periods: { residents: '24m' },
    });
    expect(rowsOf(due, 'rehousing_household')).toBe(1);
    const rows = await t.db
      .selectFrom('rehousing_household')
      .select(['id', 'contact_name', 'erased_at'])
      .where('id', 'in', [finished, waiting])
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(finished)?.contact_name).toBeNull();
    expect(byId.get(finished)?.erased_at).not.toBeNull();
    expect(byId.get(waiting)?.contact_name).toBe('Familie Venter (fiktiv)');
    const followups = await t.db
      .selectFrom('rehousing_followup')
      .select('note')
      .where('household_id', '=', finished)
      .execute();
    expect(followups.every((f) => f.note === null)).toBe(true);
    // Nowhere else either; the journal holds the erasure by id and date.
    expect(await findTexts(t.db, ['Familie Færdig', 'Godt på plads'])).toEqual([]);
    expect(await findTexts(t.db, ['Familie Venter'])).not.toEqual([]);
    const journal = await t.db.selectFrom('erasure_journal').selectAll().execute();
    expect(journal.map((j) => [j.subject_kind, j.subject_id])).toEqual([['household', finished]]);
    const status = (await call(t, worker, 'GET', '/api/v1/rehousing/status?date=2024-12-31')).json();
    expect(status.table.cells.moved).toBe('x');
    expect(status.table.total).not.toBe(0);
  });
});
