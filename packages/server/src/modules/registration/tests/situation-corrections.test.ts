import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { rowsOf } from '../../../platform/retention/run.ts';
import { runRetention } from '../../../retention.ts';

// Issue 17: a tryghed contact or a CKS meeting is corrected or removed after saving, with a reason;
// what it said is kept in a history only those who may see the record can read, and the retention
// job removes that history with the records' free text. Tried as a worker of another team, a
// læser, a correction that changes nothing, a reason that is a CPR number and an unknown area.
type Revision = { recordId: string; change: string; reason: string; before: Record<string, unknown> };

describe.each(TEST_DATABASES)('correcting tryghed contacts and CKS meetings, on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let otherTeam: Session;
  let leader: Session;
  let reader: Session;
  let areaId: string;

  const contactBody = (situation: string) => ({
    occurredOn: '2026-11-05',
    reportedBy: 'resident',
    areaId,
    place: 'Legepladsen',
    situation,
    routedTo: ['ssp'],
    followUp: 'SSP ringer',
  });
  const addContact = async (situation: string) => {
    const body = { clientKey: crypto.randomUUID(), ...contactBody(situation) };
    expect((await call(t, mentor, 'POST', '/api/v1/safety-contacts', body)).statusCode).toBe(204);
    const list = await call(t, mentor, 'GET', `/api/v1/safety-contacts?q=${encodeURIComponent(situation)}`);
    return list.json().contacts[0].id as string;
  };
  const addMeeting = async (agreements: string) => {
    const body = {
      clientKey: crypto.randomUUID(),
      heldOn: '2026-11-04',
      areaId,
      attendance: [{ organisation: 'SSP', count: 2 }],
      agreements,
    };
    expect((await call(t, mentor, 'POST', '/api/v1/cks-meetings', body)).statusCode).toBe(204);
    const list = await call(t, mentor, 'GET', `/api/v1/cks-meetings?q=${encodeURIComponent(agreements)}`);
    return list.json().meetings[0].id as string;
  };
  const history = async (session: Session, path: string) =>
    (await call(t, session, 'GET', `/api/v1/${path}`)).json() as { revisions: Revision[]; total: number };
  const auditOf = (id: string) =>
    t.db.selectFrom('audit_event').select(['action', 'entity_type']).where('entity_id', '=', id).execute();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    areaId = (await planRefs(t)).areaId;
    mentor = (await addMember(t, 'worker', 'mentor@tryghed.test', await addTeam(t.db, t.planId, 'Nord')))
      .session;
    otherTeam = (await addMember(t, 'worker', 'syd@tryghed.test', await addTeam(t.db, t.planId, 'Syd')))
      .session;
    leader = (await addMember(t, 'leader', 'leder@tryghed.test', null)).session;
    reader = (await addMember(t, 'reader', 'laeser@tryghed.test', null)).session;
  });
  afterAll(async () => t?.close());

  it('corrects a tryghed contact and keeps what it said, for those who may see it', async () => {
    const id = await addContact('Uro ved blok 3');
    const corrected = {
      ...contactBody('Uro ved blok 5'),
      routedTo: ['ssp', 'police'],
      reason: 'Forkert blok',
    };
    const response = await call(t, mentor, 'PATCH', `/api/v1/safety-contacts/${id}`, corrected);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id, situation: 'Uro ved blok 5', routedTo: ['ssp', 'police'] });
    const { revisions } = await history(leader, 'safety-contact-revisions');
    expect(revisions[0]).toMatchObject({
      recordId: id,
      change: 'edit',
      reason: 'Forkert blok',
      before: { situation: 'Uro ved blok 3', routedTo: ['ssp'] },
      after: { situation: 'Uro ved blok 5', routedTo: ['ssp', 'police'] },
    });
    expect((await history(otherTeam, 'safety-contact-revisions')).total).toBe(0);
    expect((await call(t, reader, 'GET', '/api/v1/safety-contact-revisions')).statusCode).toBe(403);
    const actions = (await auditOf(id)).map((e) => `${e.action} ${e.entity_type}`);
    expect(actions).toEqual(expect.arrayContaining(['update safety_contact', 'read safety_contact']));
    const revisionId = (revisions[0] as Revision & { id: string }).id;
    expect((await auditOf(revisionId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['create', 'read']),
    );
  });

  it('refuses what is not the caller’s, changes nothing, or is bad input, and saves nothing', async () => {
    const id = await addContact('Knallerter på stien');
    const body = { ...contactBody('Knallerter på stien'), reason: 'Ret' };
    const before = (await history(leader, 'safety-contact-revisions')).total;
    const cases: [Session, Record<string, unknown>, number][] = [
      [otherTeam, { ...body, situation: 'Andet' }, 404],
      [reader, { ...body, situation: 'Andet' }, 403],
      [mentor, body, 400],
      [mentor, { ...body, situation: 'Andet', reason: '0101101234' }, 400],
      [mentor, { ...body, situation: 'Andet', reason: '' }, 400],
      [mentor, { ...body, situation: 'Andet', areaId: crypto.randomUUID() }, 400],
      [mentor, { ...body, situation: 'Andet', followedUpOn: '2026-11-01' }, 400],
      [mentor, { ...body, situation: 'Andet', clientKey: crypto.randomUUID() }, 400],
    ];
    for (const [session, sent, status] of cases) {
      const response = await call(t, session, 'PATCH', `/api/v1/safety-contacts/${id}`, sent);
      expect(response.statusCode, JSON.stringify(sent)).toBe(status);
      if (status === 400) expect(response.json().error.details[0].message).toMatch(/^[A-ZÆØÅ]/);
    }
    expect(
      (await call(t, otherTeam, 'POST', `/api/v1/safety-contacts/${id}/removal`, { reason: 'x' })).statusCode,
    ).toBe(404);
    expect((await history(leader, 'safety-contact-revisions')).total).toBe(before);
    const still = await call(t, mentor, 'GET', '/api/v1/safety-contacts?q=Knallerter');
    expect(still.json().contacts[0]).toMatchObject({ situation: 'Knallerter på stien', areaId });
  });

  it('removes a contact and a meeting with a reason, and keeps them in the history', async () => {
    const contactId = await addContact('Dobbeltregistreret');
    const removed = await call(t, mentor, 'POST', `/api/v1/safety-contacts/${contactId}/removal`, {
      reason: 'Registreret to gange',
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await call(t, mentor, 'GET', '/api/v1/safety-contacts?q=Dobbelt')).json().total).toBe(0);
    expect((await history(mentor, 'safety-contact-revisions')).revisions[0]).toMatchObject({
      recordId: contactId,
      change: 'remove',
      reason: 'Registreret to gange',
      before: { situation: 'Dobbeltregistreret' },
      after: null,
    });
    const meetingId = await addMeeting('Gåtur fredag');
    const fixed = await call(t, mentor, 'PATCH', `/api/v1/cks-meetings/${meetingId}`, {
      heldOn: '2026-11-04',
      areaId,
      attendance: [{ organisation: 'SSP', count: 3 }],
      agreements: 'Gåtur lørdag',
      reason: 'Forkert dag',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ agreements: 'Gåtur lørdag', attendance: [{ count: 3 }] });
    const gone = await call(t, leader, 'POST', `/api/v1/cks-meetings/${meetingId}/removal`, {
      reason: 'Aflyst',
    });
    expect(gone.statusCode).toBe(204);
    const cks = await history(leader, 'cks-meeting-revisions');
    expect(cks.revisions.map((r) => r.change)).toEqual(['remove', 'edit']);
    expect(cks.revisions[1]?.before).toMatchObject({
      agreements: 'Gåtur fredag',
      attendance: [{ count: 2 }],
    });
    expect((await auditOf(meetingId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['update', 'delete']),
    );
  });

  it('lets the retention job remove the history with the records’ free text', async () => {
    const result = await runRetention(t.db, {
      now: new Date('2028-11-06T12:00:00Z'),
      periods: { residents: '24m' },
    });
    expect(rowsOf(result, 'situation_revision')).toBeGreaterThan(0);
    expect(await t.db.selectFrom('situation_revision').select('id').execute()).toEqual([]);
  });
});
