import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

describe.each(TEST_DATABASES)('group courses, volunteers, tryghed and CKS on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let other: Session;
  let leader: Session;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  let womenId: string;
  let courseId: string;
  const people: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const north = await addTeam(t.db, t.planId, 'Team Nord');
    const south = await addTeam(t.db, t.planId, 'Team Syd');
    mentor = (await addMember(t, 'worker', 'mentor@test.dk', north)).session;
    other = (await addMember(t, 'worker', 'syd@test.dk', south)).session;
    leader = (await addMember(t, 'leader', 'leder@test.dk', null)).session;
    refs = await planRefs(t);
    womenId = refs.courseActivityId;
    for (const name of ['Fatima', 'Hodan', 'Leyla']) {
      const p = await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs, name));
      people.push(p.json().id);
    }
  });
  afterAll(() => t.close());

  it('creates Bydelsløftere for kvinder with the plan’s seven sessions, referenced by id', async () => {
    const r = await call(t, mentor, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: womenId,
      kind: 'course',
      title: 'Bydelsløftere for kvinder, forår 2027',
      startsOn: '2027-02-01',
    });
    expect(r.statusCode).toBe(201);
    courseId = r.json().id;
    const sessions = r.json().sessions as { number: number; title: string }[];
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sessions.slice(0, 3).map((s) => s.title)).toEqual(['Intro', 'Værdier', 'Sundhed']);
    const copies = await t.db
      .selectFrom('group_session')
      .select('title')
      .where('course_id', '=', courseId)
      .execute();
    expect(copies.every((c) => c.title === null)).toBe(true);
  });

  it('enrols participants, records attendance per session, completion and diploma, and the evaluation', async () => {
    let detail = (await call(t, mentor, 'GET', `/api/v1/group-courses/${courseId}`)).json();
    for (const id of people.slice(0, 2)) {
      const r = await call(t, mentor, 'POST', `/api/v1/group-courses/${courseId}/enrolments`, {
        participantId: id,
        enrolledOn: '2027-01-20',
      });
      expect(r.statusCode).toBe(200);
      detail = r.json();
    }
    const enrolmentOf = (participantId: string | undefined) =>
      detail.enrolments.find((e: { participantId: string }) => e.participantId === participantId)
        .id as string;
    const [a, b] = [enrolmentOf(people[0]), enrolmentOf(people[1])];
    const first = detail.sessions[0].id;
    const put = (sessionId: string, body: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/group-courses/${courseId}/sessions/${sessionId}/attendance`,
        headers: { cookie: mentor.cookie, 'x-csrf-token': mentor.csrfToken },
        payload: body as object,
      });
    expect((await put(first, { heldOn: '2027-02-01', presentEnrolmentIds: [a, b] })).statusCode).toBe(200);
    const second = await put(detail.sessions[1].id, { heldOn: '2027-02-08', presentEnrolmentIds: [a] });
    expect(second.json().sessions[1].presentEnrolmentIds).toEqual([a]);
    const stranger = await put(first, { heldOn: '2027-02-01', presentEnrolmentIds: [crypto.randomUUID()] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details[0]).toEqual({
      field: 'presentEnrolmentIds.0',
      message: 'Deltageren er ikke tilmeldt dette hold.',
    });
    const done = await call(
      t,
      mentor,
      'POST',
      `/api/v1/group-courses/${courseId}/enrolments/${a}/completion`,
      {
        completed: true,
        diplomaOn: '2027-03-15',
      },
    );
    expect(done.json().enrolments.find((e: { id: string }) => e.id === a)).toMatchObject({
      completed: true,
      diplomaOn: '2027-03-15',
    });
    const evaluation = await call(t, mentor, 'POST', `/api/v1/group-courses/${courseId}/evaluation`, {
      endsOn: '2027-03-15',
      evaluation: 'Deltagerne vil gerne fortsætte som netværk.',
    });
    expect(evaluation.json()).toMatchObject({ endsOn: '2027-03-15', enrolled: 2, completed: 1 });
  });

  it('hides the course and its names from another team, and names outside the scope from a viewer', async () => {
    expect((await call(t, other, 'GET', '/api/v1/group-courses')).json().courses).toEqual([]);
    expect((await call(t, other, 'GET', `/api/v1/group-courses/${courseId}`)).statusCode).toBe(404);
    const enrol = await call(t, other, 'POST', `/api/v1/group-courses/${courseId}/enrolments`, {
      participantId: people[2],
      enrolledOn: '2027-01-20',
    });
    expect(enrol.statusCode).toBe(404);
    const viaLeader = (await call(t, leader, 'GET', `/api/v1/group-courses/${courseId}`)).json();
    expect(viaLeader.enrolments.map((e: { displayName: string }) => e.displayName).sort()).toEqual([
      'Fatima',
      'Hodan',
    ]);
  });

  it('counts an event by attendance without names', async () => {
    const event = await call(t, mentor, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId: refs.activityId,
      kind: 'event',
      title: 'Fællesspisning',
      startsOn: '2027-04-01',
      sessionCount: 2,
    });
    expect(event.statusCode).toBe(201);
    const session = event.json().sessions[0];
    expect(session.title).toBeNull();
    const r = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/group-courses/${event.json().id}/sessions/${session.id}/attendance`,
      headers: { cookie: mentor.cookie, 'x-csrf-token': mentor.csrfToken },
      payload: { heldOn: '2027-04-01', presentEnrolmentIds: [], anonymousCount: 37 },
    });
    expect(r.json().sessions[0]).toMatchObject({ anonymousCount: 37, presentEnrolmentIds: [] });
  });

  it('counts unique new volunteers per year', async () => {
    const add = (participantId: string, startedOn: string) =>
      call(t, mentor, 'POST', '/api/v1/volunteers', {
        clientKey: crypto.randomUUID(),
        participantId,
        startedOn,
      });
    expect((await add(people[0] as string, '2026-03-01')).statusCode).toBe(201);
    await add(people[0] as string, '2027-05-01');
    await add(people[1] as string, '2027-06-01');
    await add(people[2] as string, '2027-07-01');
    const y2027 = (await call(t, leader, 'GET', '/api/v1/volunteers?year=2027')).json();
    // Fatima volunteered first in 2026, so 2027 has two new volunteers, not three.
    expect(y2027.newInYear).toBe(2);
    expect((await call(t, leader, 'GET', '/api/v1/volunteers?year=2026')).json().newInYear).toBe(1);
    expect((await call(t, other, 'GET', '/api/v1/volunteers?year=2027')).json()).toMatchObject({
      volunteers: [],
      total: 0,
    });
    // Paged on the server: all four periods in pages of one, newest first, and searched by name.
    const one = async (offset: number) =>
      (await call(t, leader, 'GET', `/api/v1/volunteers?limit=1&offset=${offset}`)).json();
    const pages = await Promise.all([0, 1, 2, 3].map(one));
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4, 4]);
    expect(pages.map((p) => p.volunteers[0].startedOn)).toEqual([
      '2027-07-01',
      '2027-06-01',
      '2027-05-01',
      '2026-03-01',
    ]);
    const hodan = (await call(t, leader, 'GET', '/api/v1/volunteers?q=hod')).json();
    expect(hodan).toMatchObject({ total: 1, volunteers: [{ displayName: 'Hodan' }] });
    expect((await call(t, leader, 'GET', '/api/v1/volunteers?sort=team')).statusCode).toBe(400);
  });

  it('registers tryghed contacts and CKS meetings as situations, refusing CPR numbers', async () => {
    const contact = {
      clientKey: crypto.randomUUID(),
      occurredOn: '2027-02-02',
      reportedBy: 'resident',
      areaId: refs.areaId,
      place: 'Legepladsen ved blok 3',
      situation: 'Unge samles om aftenen og beboere er utrygge',
      routedTo: ['ssp', 'police'],
      followUp: 'SSP tager kontakt',
    };
    expect((await call(t, mentor, 'POST', '/api/v1/safety-contacts', contact)).statusCode).toBe(204);
    expect((await call(t, mentor, 'POST', '/api/v1/safety-contacts', contact)).statusCode).toBe(204);
    const cpr = await call(t, mentor, 'POST', '/api/v1/safety-contacts', {
      ...contact,
      clientKey: crypto.randomUUID(),
      situation: 'Drengen 0101101234 var der',
    });
    expect(cpr.statusCode).toBe(400);
    const list = (await call(t, mentor, 'GET', '/api/v1/safety-contacts')).json().contacts;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ routedTo: ['ssp', 'police'], place: 'Legepladsen ved blok 3' });
    expect((await call(t, other, 'GET', '/api/v1/safety-contacts')).json().contacts).toEqual([]);
    const meeting = await call(t, mentor, 'POST', '/api/v1/cks-meetings', {
      clientKey: crypto.randomUUID(),
      heldOn: '2027-02-10',
      areaId: refs.areaId,
      attendance: [
        { organisation: 'SSP', count: 2 },
        { organisation: 'Fyns Politi', count: 1 },
      ],
      agreements: 'Fælles gåtur fredag aften',
    });
    expect(meeting.statusCode).toBe(204);
    const meetings = (await call(t, leader, 'GET', '/api/v1/cks-meetings')).json().meetings;
    expect(meetings[0].attendance).toEqual([
      { organisation: 'SSP', count: 2 },
      { organisation: 'Fyns Politi', count: 1 },
    ]);
    // Issue 21: every tryghed contact and CKS meeting shown is a read in the audit log.
    const reads = await t.db
      .selectFrom('audit_event')
      .select(['entity_type', 'entity_id', 'purpose'])
      .where('action', '=', 'read')
      .where('entity_type', 'in', ['safety_contact', 'cks_meeting'])
      .execute();
    expect(reads).toEqual(
      expect.arrayContaining([
        { entity_type: 'safety_contact', entity_id: list[0].id, purpose: 'tryghedsarbejde' },
        { entity_type: 'cks_meeting', entity_id: meetings[0].id, purpose: 'tryghedsarbejde' },
      ]),
    );
  });

  it('puts courses, attendance and volunteering in the participant’s export', async () => {
    const data = (await call(t, mentor, 'GET', `/api/v1/participants/${people[0]}/export`)).json();
    expect(data.groupCourses).toEqual([
      {
        title: 'Bydelsløftere for kvinder, forår 2027',
        enrolledOn: '2027-01-20',
        sessionsAttended: 2,
        completed: true,
        diplomaOn: '2027-03-15',
      },
    ]);
    expect(data.volunteering).toEqual([
      { startedOn: '2026-03-01', endedOn: null },
      { startedOn: '2027-05-01', endedOn: null },
    ]);
    const html = await call(t, mentor, 'GET', `/api/v1/participants/${people[0]}/export.html`);
    expect(html.body).toContain('Bydelsløftere for kvinder, forår 2027');
  });

  it('pages, sorts and searches the courses on the server, within the team', async () => {
    for (const [title, startsOn] of [
      ['Åben hal, vinter 2027', '2027-01-10'],
      ['Lektiecafé, efterår 2026', '2026-09-01'],
    ] as const) {
      const r = await call(t, mentor, 'POST', '/api/v1/group-courses', {
        clientKey: crypto.randomUUID(),
        activityId: womenId,
        kind: 'group',
        title,
        startsOn,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const page = async (session: Session, query: string) => {
      const r = await call(t, session, 'GET', `/api/v1/group-courses?${query}`);
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json() as { courses: { title: string; startsOn: string }[]; total: number };
      return {
        titles: body.courses.map((c) => c.title),
        total: body.total,
        starts: body.courses.map((c) => c.startsOn),
      };
    };
    const all = await page(mentor, 'limit=200');
    expect(all.total).toBe(all.titles.length);
    expect(all.titles).toEqual(expect.arrayContaining(['Åben hal, vinter 2027', 'Lektiecafé, efterår 2026']));
    expect(all.starts).toEqual([...all.starts].sort().reverse());
    // Danish order puts Å last; one per page adds up to the total.
    expect((await page(mentor, 'sort=title&dir=asc&limit=200')).titles.at(-1)).toBe('Åben hal, vinter 2027');
    const pages: string[] = [];
    for (let offset = 0; offset < all.total; offset++)
      pages.push(...(await page(mentor, `limit=1&offset=${offset}`)).titles);
    expect(pages).toEqual(all.titles);
    expect(await page(mentor, 'q=%C3%A5ben')).toMatchObject({ titles: ['Åben hal, vinter 2027'], total: 1 });
    const women = await page(mentor, `activityId=${womenId}&limit=200`);
    const job = await page(mentor, `activityId=${refs.activityId}&limit=200`);
    expect(women.titles).toContain('Åben hal, vinter 2027');
    expect(job.titles).not.toContain('Åben hal, vinter 2027');
    expect(women.total + job.total).toBeLessThanOrEqual(all.total);
    expect(await page(other, 'limit=200')).toMatchObject({ titles: [], total: 0 });
    for (const bad of ['sort=team', 'limit=0', 'activityId=1', 'q=010203-1234'])
      expect((await call(t, mentor, 'GET', `/api/v1/group-courses?${bad}`)).statusCode, bad).toBe(400);
  });
});
