import { da } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 17: a logged contact of a forløb is corrected or removed after saving, with a reason; what
// it said before is kept in the forløb's own history, in the participant's export, and erased with
// the participant. Tried as a colleague in another team, a læser, a contact of another forløb, a
// correction that changes nothing, and a reason that is a CPR number.
type Contact = { id: string; occurredOn: string; kind: string; note: string | null };
type Revision = {
  contactId: string;
  change: string;
  reason: string;
  before: Omit<Contact, 'id'>;
  after: Omit<Contact, 'id'> | null;
  changedByName: string | null;
};

describe.each(TEST_DATABASES)('correcting a logged contact, on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let otherTeam: Session;
  let leader: Session;
  let reader: Session;
  let participantId: string;
  let caseId: string;
  let otherCaseId: string;

  const detail = async () => (await call(t, mentor, 'GET', `/api/v1/cases/${caseId}`)).json();
  const logContact = async (onCase: string, note: string) => {
    const response = await call(t, mentor, 'POST', `/api/v1/cases/${onCase}/contacts`, {
      clientKey: crypto.randomUUID(),
      occurredOn: '2026-11-05',
      kind: 'meeting',
      note,
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json().contacts as Contact[]).find((c) => c.note === note) as Contact;
  };
  const correct = (session: Session, contactId: string, body: Record<string, unknown>, onCase = caseId) =>
    call(t, session, 'PATCH', `/api/v1/cases/${onCase}/contacts/${contactId}`, {
      occurredOn: '2026-11-06',
      kind: 'phone',
      note: 'Ringede om jobsamtalen',
      reason: 'Det var en telefonsamtale, dagen efter',
      ...body,
    });
  const remove = (session: Session, contactId: string, reason: string, onCase = caseId) =>
    call(t, session, 'POST', `/api/v1/cases/${onCase}/contacts/${contactId}/removal`, { reason });
  const revisionRows = () =>
    t.db.selectFrom('support_case_contact_revision').select('id').where('case_id', '=', caseId).execute();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    const nord = await addTeam(t.db, t.planId, 'Team Nord');
    mentor = (await addMember(t, 'worker', 'mentor@rettelse.test', nord)).session;
    otherTeam = (await addMember(t, 'worker', 'anden@rettelse.test', await addTeam(t.db, t.planId, 'Syd')))
      .session;
    leader = (await addMember(t, 'leader', 'leder@rettelse.test', null)).session;
    reader = (await addMember(t, 'reader', 'laeser@rettelse.test', null)).session;
    participantId = (await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs))).json().id;
    const start = async () =>
      (
        await call(t, mentor, 'POST', '/api/v1/cases', {
          clientKey: crypto.randomUUID(),
          participantId,
          activityId: refs.activityId,
          startedOn: '2026-11-03',
        })
      ).json().id as string;
    caseId = await start();
    otherCaseId = await start();
  }, 120_000);
  afterAll(async () => t?.close());

  it('corrects a contact: before → after and the reason in the forløb, values not in the audit log', async () => {
    const contact = await logContact(caseId, 'Møde om jobsøgning');
    const answer = await correct(mentor, contact.id, {});
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().contacts).toEqual([
      expect.objectContaining({
        id: contact.id,
        occurredOn: '2026-11-06',
        kind: 'phone',
        note: 'Ringede om jobsamtalen',
      }),
    ]);
    const [revision] = answer.json().contactRevisions as Revision[];
    expect(revision).toMatchObject({
      contactId: contact.id,
      change: 'edit',
      reason: 'Det var en telefonsamtale, dagen efter',
      before: { occurredOn: '2026-11-05', kind: 'meeting', note: 'Møde om jobsøgning' },
      after: { occurredOn: '2026-11-06', kind: 'phone', note: 'Ringede om jobsamtalen' },
      changedByName: 'Test worker',
    });
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'entity_type', 'details'])
      .where('entity_type', 'in', ['support_case_contact', 'support_case_contact_revision'])
      .where('action', '!=', 'read')
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'update', entity_type: 'support_case_contact', details: 'kind,note,occurred_on' },
        expect.objectContaining({ action: 'create', entity_type: 'support_case_contact_revision' }),
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('jobsøgning');
  });

  it('removes a contact with a reason; the history keeps what it said', async () => {
    const contact = await logContact(caseId, 'Tastet på den forkerte deltager');
    const answer = await remove(mentor, contact.id, 'Hørte til en anden deltager');
    expect(answer.statusCode, answer.body).toBe(200);
    expect((answer.json().contacts as Contact[]).map((c) => c.id)).not.toContain(contact.id);
    expect((answer.json().contactRevisions as Revision[])[0]).toMatchObject({
      contactId: contact.id,
      change: 'remove',
      reason: 'Hørte til en anden deltager',
      before: { note: 'Tastet på den forkerte deltager' },
      after: null,
    });
  });

  it('refuses, in Danish and changing nothing: no change, no reason, a CPR number, a day before the start', async () => {
    const contact = await logContact(caseId, 'Opfølgning');
    const before = await detail();
    const same = { occurredOn: '2026-11-05', kind: 'meeting', note: 'Opfølgning' };
    for (const [body, field, message] of [
      [same, 'reason', da.registration.errors.nothingChanged],
      [{ reason: '' }, 'reason', null],
      [{ reason: undefined }, 'reason', null],
      [{ reason: 'Se 010203-1234' }, 'reason', da.validation.cprNotAllowed],
      [{ occurredOn: '2026-11-01' }, 'occurredOn', da.registration.errors.contactBeforeStart],
      [{ kind: 'brev' }, 'kind', null],
    ] as const) {
      const response = await correct(mentor, contact.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const details = response.json().error.details as { field: string; message: string }[];
      expect(details.map((d) => d.field)).toContain(field);
      if (message) expect(details.map((d) => d.message)).toContain(message);
    }
    expect((await remove(mentor, contact.id, '')).statusCode).toBe(400);
    expect(await detail()).toEqual(before);
  });

  it('answers 404 outside the team and for a contact of another forløb, 403 to a læser; nothing changes', async () => {
    const contact = await logContact(caseId, 'Kun Team Nord');
    const elsewhere = await logContact(otherCaseId, 'Et andet forløbs kontakt');
    const before = await revisionRows();
    expect((await correct(otherTeam, contact.id, {})).statusCode).toBe(404);
    expect((await remove(otherTeam, contact.id, 'Fjernes')).statusCode).toBe(404);
    expect((await correct(mentor, elsewhere.id, {})).statusCode).toBe(404);
    expect((await remove(mentor, elsewhere.id, 'Fjernes')).statusCode).toBe(404);
    expect((await correct(reader, contact.id, {})).statusCode).toBe(403);
    expect((await remove(reader, contact.id, 'Fjernes')).statusCode).toBe(403);
    expect(await revisionRows()).toEqual(before);
    expect((await correct(leader, contact.id, { note: 'Rettet af lederen' })).statusCode).toBe(200);
  });

  it("is in the participant's export, and goes with the erasure", async () => {
    const exported = await call(t, mentor, 'GET', `/api/v1/participants/${participantId}/export`);
    expect(exported.body).toContain('Møde om jobsøgning');
    const html = await call(t, mentor, 'GET', `/api/v1/participants/${participantId}/export.html`);
    expect(html.body).toContain('Rettelser af kontakter og møder');
    expect(html.body).toContain('Hørte til en anden deltager');
    expect((await revisionRows()).length).toBeGreaterThan(0);
    const erased = await call(t, leader, 'POST', `/api/v1/participants/${participantId}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode).toBe(204);
    expect(await revisionRows()).toEqual([]);
  });
});
