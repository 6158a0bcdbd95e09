import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

describe.each(TEST_DATABASES)('consent, withdrawal and anonymous counting on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let teamless: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Team Nord');
    mentor = (await addMember(t, 'worker', 'mentor@test.dk', team)).session;
    teamless = (await addMember(t, 'worker', 'uden@test.dk', null)).session;
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  const count = async (table: 'participant' | 'support_case') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses a named participant without consent to registration, in Danish, saving nothing', async () => {
    const before = await count('participant');
    const body = participantBody(refs);
    const noConsent = await call(t, mentor, 'POST', '/api/v1/participants', {
      ...body,
      consent: { ...body.consent, forRegistration: false },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details).toEqual([
      expect.objectContaining({
        field: 'consent.forRegistration',
        message: expect.stringContaining('samtykke'),
      }),
    ]);
    const noPartners = await call(t, mentor, 'POST', '/api/v1/participants', {
      ...body,
      consent: { ...body.consent, partnerNames: '' },
    });
    expect(noPartners.json().error.details).toEqual([
      expect.objectContaining({
        field: 'consent.partnerNames',
        message: 'Skriv hvilke samarbejdspartnere samtykket gælder.',
      }),
    ]);
    const wrongDepartment = await call(t, mentor, 'POST', '/api/v1/participants', {
      ...body,
      departmentId: crypto.randomUUID(),
    });
    expect(wrongDepartment.json().error.details).toEqual([
      expect.objectContaining({ field: 'departmentId' }),
    ]);
    expect(await count('participant')).toBe(before);
  });

  it('a worker without a team is told so and saves nothing', async () => {
    const r = await call(t, teamless, 'POST', '/api/v1/participants', participantBody(refs));
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('REGISTRATION_NO_TEAM');
  });

  it('withdrawing consent erases the personal data and keeps the forløb as a count', async () => {
    const p = await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs, 'Trækker Tilbage'));
    const id = p.json().id;
    const c = await call(t, mentor, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId: id,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
      goals: [{ text: 'Hemmeligt mål', agreedOn: '2026-11-03' }],
    });
    expect(c.statusCode).toBe(201);
    const w = await call(t, mentor, 'POST', `/api/v1/participants/${id}/consent-withdrawal`, {
      withdrawnOn: '2026-11-20',
    });
    expect(w.statusCode).toBe(204);
    const detail = (await call(t, mentor, 'GET', `/api/v1/participants/${id}`)).json();
    expect(detail).toMatchObject({ displayName: null, birthYear: null, contact: null });
    expect(detail.erasedAt).not.toBeNull();
    // The proof of consent stays (art. 7(1)): when, which purposes, withdrawn when and by whom;
    // no name, no contact, no partner names (decision 0018).
    expect(detail.consents).toEqual([
      {
        id: expect.any(String),
        givenOn: '2026-11-02',
        recordedByName: 'Test worker',
        forRegistration: true,
        forStatistics: true,
        forPartnerContact: true,
        partnerNames: null,
        withdrawnOn: '2026-11-20',
        withdrawnByName: 'Test worker',
        fromMerge: false,
      },
    ]);
    const caseView = (await call(t, mentor, 'GET', `/api/v1/cases/${c.json().id}`)).json();
    expect(caseView).toMatchObject({ participantName: null, goals: [] });
    const again = await call(t, mentor, 'POST', `/api/v1/participants/${id}/referrals`, {
      clientKey: crypto.randomUUID(),
      source: 'self',
      referredOn: '2026-11-21',
      activityId: refs.activityId,
    });
    expect(again.statusCode).toBe(409);
    const names = await t.db.selectFrom('participant').select('display_name').execute();
    expect(names.map((n) => n.display_name)).not.toContain('Trækker Tilbage');
  });

  it('counts a forløb without a named participant, which needs an area', async () => {
    const before = await count('support_case');
    const base = { activityId: refs.activityId, startedOn: '2026-11-03' };
    const noArea = await call(t, mentor, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      ...base,
    });
    expect(noArea.statusCode).toBe(400);
    expect(noArea.json().error.details).toEqual([
      { field: 'areaId', message: 'Et anonymt forløb skal have et boligområde.' },
    ]);
    const anonymous = await call(t, mentor, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      ...base,
      areaId: refs.areaId,
    });
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json()).toMatchObject({
      participantId: null,
      participantName: null,
      areaId: refs.areaId,
    });
    expect(await count('support_case')).toBe(before + 1);
  });
});
