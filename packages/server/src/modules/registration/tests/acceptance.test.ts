import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// The acceptance paragraph through the API: a mentor registers a participant with consent,
// a referral from the jobcenter, a forløb with goals, two meetings and the outcome "ordinary job";
// a mentor of another team finds nothing; the leader sees it; the board member sees nothing; the
// export holds all of it with the access log; the erase leaves the count but no name.
describe.each(TEST_DATABASES)('registration acceptance on %s', (kind) => {
  let t: TestApp;
  let mentor: { id: string; session: Session };
  let otherMentor: { id: string; session: Session };
  let leader: Session;
  let board: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  let participantId: string;
  let caseId: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const north = await addTeam(t.db, t.planId, 'Team Nord');
    const south = await addTeam(t.db, t.planId, 'Team Syd');
    mentor = await addMember(t, 'worker', 'mentor@test.dk', north);
    otherMentor = await addMember(t, 'worker', 'anden@test.dk', south);
    leader = (await addMember(t, 'leader', 'leder@test.dk', null)).session;
    board = (await addMember(t, 'reader', 'bestyrelse@test.dk', null)).session;
    refs = await planRefs(t);
  });
  afterAll(() => t.close());

  it('registers a participant with consent, once per client key', async () => {
    const body = participantBody(refs);
    const first = await call(t, mentor.session, 'POST', '/api/v1/participants', body);
    expect(first.statusCode).toBe(201);
    const retry = await call(t, mentor.session, 'POST', '/api/v1/participants', body);
    expect(retry.statusCode).toBe(200);
    participantId = first.json().id;
    expect(retry.json().id).toBe(participantId);
    expect(first.json()).toMatchObject({ displayName: 'Amina H.', teamName: 'Team Nord' });
    expect(first.json().consents).toEqual([
      expect.objectContaining({ givenOn: '2026-11-02', forStatistics: true, recordedByName: 'Test worker' }),
    ]);
  });

  it('records the jobcenter referral and starts a forløb with agreed goals', async () => {
    const referral = await call(
      t,
      mentor.session,
      'POST',
      `/api/v1/participants/${participantId}/referrals`,
      {
        clientKey: crypto.randomUUID(),
        source: 'jobcenter',
        referredOn: '2026-11-02',
        reason: 'Ønsker hjælp til at finde job',
        activityId: refs.activityId,
        decision: 'accepted',
      },
    );
    expect(referral.statusCode).toBe(201);
    const referralId = referral.json().referrals[0].id;
    const created = await call(t, mentor.session, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId,
      referralId,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
      goals: [
        {
          text: 'Søge fem stillinger om måneden',
          agreedOn: '2026-11-03',
          agreedAt: '3-partssamtale med jobrådgiver',
        },
        { text: 'Få truckcertifikat', agreedOn: '2026-11-03' },
      ],
    });
    expect(created.statusCode).toBe(201);
    caseId = created.json().id;
    expect(created.json().goals.map((g: { text: string }) => g.text)).toHaveLength(2);
    expect(created.json()).toMatchObject({ status: 'open', responsibleUserId: mentor.id });
  });

  it('logs two meetings and ends the forløb with an ordinary job', async () => {
    for (const occurredOn of ['2026-11-10', '2026-11-17']) {
      const r = await call(t, mentor.session, 'POST', `/api/v1/cases/${caseId}/contacts`, {
        clientKey: crypto.randomUUID(),
        occurredOn,
        kind: 'meeting',
        note: 'Gennemgik ansøgninger',
      });
      expect(r.statusCode).toBe(201);
    }
    const closed = await call(t, mentor.session, 'POST', `/api/v1/cases/${caseId}/close`, {
      endedOn: '2026-11-20',
      outcome: 'ordinary-job',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'ordinary-job', endedOn: '2026-11-20' });
    expect(closed.json().contacts).toHaveLength(2);
    const again = await call(t, mentor.session, 'POST', `/api/v1/cases/${caseId}/contacts`, {
      clientKey: crypto.randomUUID(),
      occurredOn: '2026-11-21',
      kind: 'phone',
    });
    expect(again.statusCode).toBe(409);
  });

  it('hides the participant and the forløb from a mentor of another team on every route', async () => {
    const s = otherMentor.session;
    expect((await call(t, s, 'GET', '/api/v1/participants')).json().participants).toEqual([]);
    expect((await call(t, s, 'GET', '/api/v1/participants?q=Amina')).json().participants).toEqual([]);
    expect((await call(t, s, 'GET', '/api/v1/cases')).json().cases).toEqual([]);
    for (const url of [
      `/api/v1/participants/${participantId}`,
      `/api/v1/participants/${participantId}/export`,
      `/api/v1/participants/${participantId}/export.html`,
      `/api/v1/cases/${caseId}`,
    ]) {
      expect((await call(t, s, 'GET', url)).statusCode, url).toBe(404);
    }
    const writes: Array<[string, unknown]> = [
      [
        `/api/v1/participants/${participantId}/referrals`,
        {
          clientKey: crypto.randomUUID(),
          source: 'self',
          referredOn: '2026-11-02',
          activityId: refs.activityId,
        },
      ],
      [`/api/v1/participants/${participantId}/shares`, { userId: otherMentor.id }],
      [`/api/v1/participants/${participantId}/consent-withdrawal`, { withdrawnOn: '2026-11-22' }],
      [`/api/v1/cases/${caseId}/goals`, { text: 'x', agreedOn: '2026-11-04' }],
      [`/api/v1/cases/${caseId}/status`, { status: 'retention' }],
    ];
    for (const [url, body] of writes) {
      expect((await call(t, s, 'POST', url, body)).statusCode, url).toBe(404);
    }
    const viaCase = await call(t, s, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
    });
    expect(viaCase.statusCode).toBe(400);
    expect(JSON.stringify(viaCase.json())).not.toContain('Amina');
  });

  it('shows it to the leader and nothing to the board member', async () => {
    const list = await call(t, leader, 'GET', '/api/v1/participants');
    expect(list.json().participants.map((p: { id: string }) => p.id)).toContain(participantId);
    expect((await call(t, leader, 'GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    for (const url of ['/api/v1/participants', `/api/v1/participants/${participantId}`, '/api/v1/cases']) {
      const r = await call(t, board, 'GET', url);
      expect(r.statusCode).toBe(403);
      expect(r.body).not.toContain('Amina');
    }
  });

  it('exports everything held, with the dates and purposes of look-ups, as JSON and HTML', async () => {
    const r = await call(t, mentor.session, 'GET', `/api/v1/participants/${participantId}/export`);
    expect(r.statusCode).toBe(200);
    const data = r.json();
    expect(data.participant).toMatchObject({
      displayName: 'Amina H.',
      birthYear: 1994,
      contact: 'tlf. 20 30 40 50',
    });
    expect(data.participant.referrals[0]).toMatchObject({
      source: 'jobcenter',
      reason: 'Ønsker hjælp til at finde job',
    });
    expect(data.cases[0].goals).toHaveLength(2);
    expect(data.cases[0].contacts).toHaveLength(2);
    expect(data.cases[0].outcome).toBe('ordinary-job');
    expect(data).toMatchObject({ groupCourses: [], volunteering: [] });
    const actions = new Set(data.accessLog.map((e: { action: string }) => e.action));
    expect(actions).toEqual(new Set(['create', 'read', 'update']));
    expect(
      data.accessLog.filter((e: { purpose: string | null }) => e.purpose === 'sagsbehandling').length,
    ).toBeGreaterThan(0);
    expect(JSON.stringify(data.accessLog)).not.toMatch(/mentor@test\.dk|leder@test\.dk/);
    const html = await call(t, mentor.session, 'GET', `/api/v1/participants/${participantId}/export.html`);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('Amina H.');
    expect(html.body).toContain('Ordinært job');
    expect(html.body).toContain('Opslag i oplysningerne');
    const exports = await t.db
      .selectFrom('audit_event')
      .select('actor_label')
      .where('action', '=', 'export')
      .where('entity_id', '=', participantId)
      .execute();
    expect(exports).toHaveLength(2);
  });

  it('erases the participant: no name anywhere, the forløb still counted, audit rows kept', async () => {
    const auditBefore = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(
      (
        await call(t, mentor.session, 'POST', `/api/v1/participants/${participantId}/erase`, {
          confirm: true,
        })
      ).statusCode,
    ).toBe(403);
    const erased = await call(t, leader, 'POST', `/api/v1/participants/${participantId}/erase`, {
      confirm: true,
    });
    expect(erased.statusCode).toBe(204);
    const row = await t.db
      .selectFrom('participant')
      .selectAll()
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: null, birth_year: null, gender: null, contact: null });
    expect(row.erased_at).not.toBeNull();
    const cases = await t.db
      .selectFrom('support_case')
      .selectAll()
      .where('participant_id', '=', participantId)
      .execute();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ outcome: 'ordinary-job', status: 'closed' });
    const leftovers = await Promise.all([
      t.db.selectFrom('support_case_goal').select('id').where('case_id', '=', caseId).execute(),
      t.db.selectFrom('support_case_contact').select('id').where('case_id', '=', caseId).execute(),
    ]);
    expect(leftovers.flat()).toEqual([]);
    // The consent stays as the proof of consent (decision 0018): dates and purposes, no partner names.
    const proof = await t.db
      .selectFrom('participant_consent')
      .selectAll()
      .where('participant_id', '=', participantId)
      .execute();
    expect(proof).toEqual([
      expect.objectContaining({ for_statistics: true, for_partner_contact: true, partner_names: null }),
    ]);
    const referral = await t.db
      .selectFrom('referral')
      .selectAll()
      .where('participant_id', '=', participantId)
      .executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ reason: null, source: 'jobcenter' });
    const auditAfter = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBeGreaterThan(Number(auditBefore.n));
    const dump = JSON.stringify(await t.db.selectFrom('audit_event').selectAll().execute());
    expect(dump).not.toMatch(/Amina|Ønsker hjælp|truckcertifikat|20 30 40 50/);
    const list = await call(t, leader, 'GET', '/api/v1/participants');
    expect(list.json().participants.map((p: { id: string }) => p.id)).not.toContain(participantId);
    const caseView = await call(t, leader, 'GET', `/api/v1/cases/${caseId}`);
    expect(caseView.json()).toMatchObject({
      participantName: null,
      outcome: 'ordinary-job',
      goals: [],
      contacts: [],
    });
  });
});
