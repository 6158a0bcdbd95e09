import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { hasControlCharacters, looksLikeCpr } from '../../../platform/contract/fields.ts';
import { mutate } from './hostile-arbitraries.ts';

// Random and hostile input at every write endpoint of the module: no response is a 5xx, and
// whatever was accepted is valid (no CPR-like text, no control characters, constraints hold).
describe.each(TEST_DATABASES)('hostile input at the registration write endpoints on %s', (kind) => {
  let t: TestApp;
  let mentor: { id: string; session: Session };
  let leader: Session;
  let admin: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  let participantId: string;
  let caseId: string;
  let referralId: string;
  let courseId: string;
  let sessionId: string;
  const day = '2026-11-10';

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Team Nord');
    mentor = await addMember(t, 'worker', 'mentor@test.dk', team);
    leader = (await addMember(t, 'leader', 'leder@test.dk', team)).session;
    admin = (await addMember(t, 'admin', 'admin@test.dk', null)).session;
    refs = await planRefs(t);
    const p = await call(t, mentor.session, 'POST', '/api/v1/participants', participantBody(refs));
    participantId = p.json().id;
    const r = await call(t, mentor.session, 'POST', `/api/v1/participants/${participantId}/referrals`, {
      clientKey: crypto.randomUUID(),
      source: 'jobcenter',
      referredOn: '2026-11-02',
      activityId: refs.activityId,
    });
    referralId = r.json().referrals[0].id;
    const c = await call(t, mentor.session, 'POST', '/api/v1/cases', {
      clientKey: crypto.randomUUID(),
      participantId,
      activityId: refs.activityId,
      startedOn: '2026-11-03',
    });
    caseId = c.json().id;
    const course = await call(t, mentor.session, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: refs.activityId,
      kind: 'group',
      title: 'Gruppe',
      startsOn: '2026-11-01',
      sessionCount: 3,
    });
    courseId = course.json().id;
    sessionId = course.json().sessions[0].id;
  });
  afterAll(() => t.close());

  const endpoints = () => [
    { url: '/api/v1/participants', method: 'POST' as const, valid: participantBody(refs) },
    {
      url: `/api/v1/participants/${participantId}`,
      method: 'PATCH' as const,
      valid: { displayName: 'Amina', contact: 'x' },
    },
    {
      url: `/api/v1/participants/${participantId}/referrals`,
      method: 'POST' as const,
      valid: {
        clientKey: crypto.randomUUID(),
        source: 'ppr',
        referredOn: '2026-11-02',
        activityId: refs.activityId,
        reason: 'Trivsel',
      },
    },
    {
      url: `/api/v1/participants/${participantId}/shares`,
      method: 'POST' as const,
      valid: { userId: mentor.id },
    },
    {
      url: `/api/v1/referrals/${referralId}/decision`,
      method: 'POST' as const,
      valid: { decision: 'accepted', decidedOn: '2026-11-03' },
    },
    {
      url: '/api/v1/cases',
      method: 'POST' as const,
      valid: {
        clientKey: crypto.randomUUID(),
        participantId,
        activityId: refs.activityId,
        startedOn: '2026-11-03',
        goals: [{ text: 'Job', agreedOn: '2026-11-03' }],
      },
    },
    {
      url: `/api/v1/cases/${caseId}/goals`,
      method: 'POST' as const,
      valid: { text: 'Mål', agreedOn: '2026-11-04', agreedAt: '3-partssamtale' },
    },
    {
      url: `/api/v1/cases/${caseId}/contacts`,
      method: 'POST' as const,
      valid: { clientKey: crypto.randomUUID(), occurredOn: '2026-11-05', kind: 'meeting', note: 'Møde' },
    },
    { url: `/api/v1/cases/${caseId}/status`, method: 'POST' as const, valid: { status: 'retention' } },
    {
      url: '/api/v1/teams',
      method: 'POST' as const,
      valid: { clientKey: crypto.randomUUID(), name: 'Team' },
    },
    {
      url: '/api/v1/group-courses',
      method: 'POST' as const,
      valid: {
        clientKey: crypto.randomUUID(),
        activityId: refs.activityId,
        kind: 'event',
        title: 'Fest',
        startsOn: day,
        sessionCount: 2,
      },
    },
    {
      url: `/api/v1/group-courses/${courseId}/enrolments`,
      method: 'POST' as const,
      valid: { participantId, enrolledOn: day },
    },
    {
      url: `/api/v1/group-courses/${courseId}/sessions/${sessionId}/attendance`,
      method: 'PUT' as const,
      valid: { heldOn: day, presentEnrolmentIds: [], anonymousCount: 3 },
    },
    {
      url: `/api/v1/group-courses/${courseId}/evaluation`,
      method: 'POST' as const,
      valid: { endsOn: day, evaluation: 'God' },
    },
    {
      url: '/api/v1/volunteers',
      method: 'POST' as const,
      valid: { clientKey: crypto.randomUUID(), participantId, startedOn: day },
    },
    {
      url: '/api/v1/safety-contacts',
      method: 'POST' as const,
      valid: {
        clientKey: crypto.randomUUID(),
        occurredOn: day,
        reportedBy: 'staff',
        situation: 'Uro',
        routedTo: ['ssp'],
      },
    },
    {
      url: '/api/v1/cks-meetings',
      method: 'POST' as const,
      valid: { clientKey: crypto.randomUUID(), heldOn: day, attendance: [{ organisation: 'SSP', count: 2 }] },
    },
    // Last, since a valid body ends the forløb, withdraws consent or erases the participant.
    {
      url: `/api/v1/cases/${caseId}/close`,
      method: 'POST' as const,
      valid: { endedOn: '2026-11-20', outcome: 'moved' },
    },
    {
      url: `/api/v1/participants/${participantId}/consent-withdrawal`,
      method: 'POST' as const,
      valid: { withdrawnOn: '2026-11-21' },
    },
    { url: `/api/v1/participants/${participantId}/erase`, method: 'POST' as const, valid: { confirm: true } },
  ];

  it('never answers 5xx, whatever the body or content type', async () => {
    for (const endpoint of endpoints()) {
      const session =
        endpoint.url === '/api/v1/teams' ? admin : endpoint.url.endsWith('/erase') ? leader : mentor.session;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            { weight: 3, arbitrary: mutate(endpoint.valid) },
            { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
          ),
          fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
          async (body, contentType) => {
            const headers: Record<string, string> = session ? as(session, endpoint.method) : {};
            if (contentType) headers['content-type'] = contentType;
            const payload =
              typeof body === 'string' && contentType !== 'application/json'
                ? body
                : (JSON.stringify(body) ?? 'null');
            const response = await t.app.inject({
              method: endpoint.method,
              url: endpoint.url,
              headers,
              payload,
            });
            expect(
              response.statusCode,
              `${endpoint.method} ${endpoint.url} ${payload.slice(0, 200)}`,
            ).toBeLessThan(500);
          },
        ),
        { numRuns: 120 },
      );
    }
  }, 300_000);

  it('rejects a CPR-like value in every free-text field with a Danish message and stores nothing', async () => {
    const before = await t.db.selectFrom('participant').select('id').execute();
    for (const field of ['displayName', 'contact']) {
      const body = { ...participantBody(refs), [field]: 'Født 010190-1234' };
      const r = await call(t, mentor.session, 'POST', '/api/v1/participants', body);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.details).toEqual([
        expect.objectContaining({ field, message: expect.stringContaining('CPR') }),
      ]);
    }
    expect(await t.db.selectFrom('participant').select('id').execute()).toHaveLength(before.length);
    const note = await call(t, leader, 'POST', `/api/v1/cases/${caseId}/contacts`, {
      clientKey: crypto.randomUUID(),
      occurredOn: '2026-11-05',
      kind: 'phone',
      note: 'cpr 0101901234',
    });
    expect(note.statusCode).toBe(400);
  });

  it('stored nothing invalid: no CPR-like text and no control characters in any text column', async () => {
    const texts = await Promise.all([
      t.db.selectFrom('participant').select(['display_name as a', 'contact as b']).execute(),
      t.db.selectFrom('referral').select(['reason as a', 'source_other as b']).execute(),
      t.db.selectFrom('support_case_goal').select(['text as a', 'agreed_at as b']).execute(),
      t.db.selectFrom('support_case_contact').select(['note as a', 'kind as b']).execute(),
      t.db.selectFrom('participant_consent').select(['partner_names as a', 'given_on as b']).execute(),
      t.db.selectFrom('group_course').select(['title as a', 'evaluation as b']).execute(),
      t.db.selectFrom('safety_contact').select(['situation as a', 'place as b']).execute(),
      t.db.selectFrom('safety_contact').select(['follow_up as a', 'reported_by as b']).execute(),
      t.db.selectFrom('cks_meeting').select(['agreements as a', 'held_on as b']).execute(),
    ]);
    const values = texts
      .flat()
      .flatMap((row) => [row.a, row.b])
      .filter((v): v is string => typeof v === 'string');
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect(looksLikeCpr(value), value).toBe(false);
      expect(hasControlCharacters(value), value).toBe(false);
    }
    const participants = await t.db.selectFrom('participant').selectAll().execute();
    for (const p of participants) {
      if (p.erased_at === null) expect(p.display_name?.trim()).toBeTruthy();
      if (p.birth_year !== null) expect(p.birth_year).toBeGreaterThanOrEqual(1900);
    }
  });
});
