import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 17: a referral's source and text are corrected after saving, with a reason; what it said
// before is kept in the participant's history and export, and erased with the participant. Tried as
// a colleague in another team, a læser, a correction that changes nothing, an unknown referral and a
// reason that is a CPR number.
type Values = { source: string; sourceOther: string | null; text: string | null };
type Revision = {
  referralId: string;
  reason: string;
  before: Values;
  after: Values;
  changedByName: string | null;
};

describe.each(TEST_DATABASES)('correcting a referral, on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let otherTeam: Session;
  let reader: Session;
  let participantId: string;
  let referralId: string;

  const correct = (session: Session, id: string, body: Record<string, unknown> = {}) =>
    call(t, session, 'PATCH', `/api/v1/referrals/${id}`, {
      source: 'other',
      sourceOther: 'Jobcenter Odense, ungeindsatsen',
      text: 'Ønsker hjælp til uddannelse',
      reason: 'Kilden var forkert, og teksten var en anden borgers',
      ...body,
    });
  const revisionRows = () =>
    t.db.selectFrom('referral_revision').select('id').where('referral_id', '=', referralId).execute();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    mentor = (await addMember(t, 'worker', 'mentor@henvisning.test', await addTeam(t.db, t.planId, 'Nord')))
      .session;
    otherTeam = (await addMember(t, 'worker', 'anden@henvisning.test', await addTeam(t.db, t.planId, 'Syd')))
      .session;
    reader = (await addMember(t, 'reader', 'laeser@henvisning.test', null)).session;
    participantId = (await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs))).json().id;
    const referred = await call(t, mentor, 'POST', `/api/v1/participants/${participantId}/referrals`, {
      clientKey: crypto.randomUUID(),
      source: 'self',
      referredOn: '2026-11-02',
      reason: 'Forkert tekst',
      activityId: refs.activityId,
    });
    expect(referred.statusCode, referred.body).toBe(201);
    referralId = referred.json().referrals[0].id;
  }, 120_000);
  afterAll(async () => t?.close());

  it('corrects source and text: before → after and why in the participant, no values in the audit log', async () => {
    const response = await correct(mentor, referralId);
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.referrals[0]).toMatchObject({
      source: 'other',
      sourceOther: 'Jobcenter Odense, ungeindsatsen',
      reason: 'Ønsker hjælp til uddannelse',
    });
    const [revision] = detail.referralRevisions as Revision[];
    expect(revision).toMatchObject({
      referralId,
      reason: 'Kilden var forkert, og teksten var en anden borgers',
      before: { source: 'self', sourceOther: null, text: 'Forkert tekst' },
      after: {
        source: 'other',
        sourceOther: 'Jobcenter Odense, ungeindsatsen',
        text: 'Ønsker hjælp til uddannelse',
      },
    });
    expect(revision?.changedByName).not.toBeNull();
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_type', 'in', ['referral', 'referral_revision'])
      .where('action', 'in', ['create', 'update'])
      .execute();
    expect(audit.map((a) => a.entity_type).sort()).toEqual(['referral', 'referral', 'referral_revision']);
    expect(JSON.stringify(audit)).not.toContain('Forkert tekst');
    const exported = await call(t, mentor, 'GET', `/api/v1/participants/${participantId}/export`);
    expect(exported.body).toContain('Kilden var forkert');
    const html = await call(t, mentor, 'GET', `/api/v1/participants/${participantId}/export.html`);
    expect(html.body).toContain(da.registration.exportPage.referralRevisions);
  });

  it('refuses a correction that changes nothing, another team, a læser, an unknown id and a CPR number', async () => {
    const before = (await revisionRows()).length;
    const same = await correct(mentor, referralId, { reason: 'Ingen ændring' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details[0].message).toBe(da.registration.errors.nothingChanged);
    expect((await correct(otherTeam, referralId, { text: 'x' })).statusCode).toBe(404);
    expect((await correct(reader, referralId, { text: 'x' })).statusCode).toBe(403);
    expect((await correct(mentor, crypto.randomUUID(), { text: 'x' })).statusCode).toBe(404);
    const cpr = await correct(mentor, referralId, { text: 'Ny tekst', reason: '010190-1234' });
    expect(cpr.statusCode).toBe(400);
    expect((await revisionRows()).length).toBe(before);
  });

  it('erases the corrections with the participant', async () => {
    const leader = (await addMember(t, 'leader', 'leder@henvisning.test', null)).session;
    const erased = await call(t, leader, 'POST', `/api/v1/participants/${participantId}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode, erased.body).toBeLessThan(300);
    expect(await revisionRows()).toEqual([]);
  });
});
