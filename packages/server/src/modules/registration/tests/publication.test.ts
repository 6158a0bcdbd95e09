import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 15, item 6: no registration text is published by itself. A worker's course evaluation
// reaches the videnbase only when a leader publishes it, after a check against the plan's
// participants' names, CPR, e-mail and phone; until then it stays inside the team's scope.
const WORKER_TEXT = 'Fatima stoppede, hun er gravid. Hodan kan nås på 20 30 40 50.';

describe.each(TEST_DATABASES)('publishing course evaluations to the videnbase on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let other: Session;
  let leader: Session;
  let reader: Session;
  let programReader: Session;
  let activityId: string;
  let courseId: string;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const north = await addTeam(t.db, t.planId, 'Team Nord');
    const south = await addTeam(t.db, t.planId, 'Team Syd');
    mentor = (await addMember(t, 'worker', 'mentor@test.dk', north)).session;
    other = (await addMember(t, 'worker', 'syd@test.dk', south)).session;
    leader = (await addMember(t, 'leader', 'leder@test.dk', null)).session;
    await addUser(t.db, t.planId, 'reader', 'laeser@test.dk');
    await addUser(t.db, t.planId, 'program_reader', 'program@test.dk');
    reader = await signIn(t.app, 'laeser@test.dk');
    programReader = await signIn(t.app, 'program@test.dk');
    const refs = await planRefs(t);
    activityId = refs.courseActivityId;
    for (const name of ['Fatima Østergård', 'Hodan', 'Per Æblegård']) {
      expect(
        (await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs, name))).statusCode,
      ).toBe(201);
    }
    const course = await call(t, mentor, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId,
      kind: 'course',
      title: 'Bydelsløftere, efterår',
      startsOn: '2026-09-01',
    });
    courseId = course.json().id;
    const finished = await call(t, mentor, 'POST', `/api/v1/group-courses/${courseId}/evaluation`, {
      endsOn: '2026-11-20',
      evaluation: WORKER_TEXT,
    });
    expect(finished.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const evaluationsSeenBy = async (session: Session) => {
    const r = await call(t, session, 'GET', `/api/v1/knowledge/activities/${activityId}`);
    expect(r.statusCode).toBe(200);
    return { body: r.body, list: r.json().courseEvaluations as { title: string; published: boolean }[] };
  };
  const publish = (session: Session, text: string, acceptedNames?: string[]) =>
    call(t, session, 'PUT', `/api/v1/group-courses/${courseId}/evaluation/publication`, {
      text,
      ...(acceptedNames ? { acceptedNames } : {}),
    });
  const stored = () =>
    t.db
      .selectFrom('group_course')
      .select(['published_evaluation', 'published_at'])
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();

  it('a reader, a program reader and another team never see an unpublished evaluation', async () => {
    for (const session of [reader, programReader, other]) {
      const seen = await evaluationsSeenBy(session);
      expect(seen.list).toEqual([]);
      expect(seen.body).not.toMatch(/gravid|Fatima|Bydelsløftere, efterår/);
    }
    // Inside the team's scope it is there, marked unpublished (and withheld: it holds a phone number).
    const team = await evaluationsSeenBy(mentor);
    expect(team.list).toEqual([
      expect.objectContaining({ title: 'Bydelsløftere, efterår', published: false }),
    ]);
  });

  it('a worker cannot publish; a reader neither', async () => {
    expect((await publish(mentor, 'Holdet fortsætter som netværk.')).statusCode).toBe(403);
    expect((await publish(reader, 'Holdet fortsætter som netværk.')).statusCode).toBe(403);
    expect(await stored()).toMatchObject({ published_evaluation: null });
  });

  it('refuses the leader a text with a participant’s name, CPR, e-mail or phone, listing every finding', async () => {
    const r = await publish(
      leader,
      `${WORKER_TEXT} Fatimas mor: 0101901234, mor@eksempel.dk. ØSTERGÅRD kommer.`,
    );
    expect(r.statusCode).toBe(400);
    const error = r.json().error;
    expect(error.code).toBe('EVALUATION_PERSONAL_DATA');
    expect(error.message).toMatch(/personoplysninger/);
    const messages = (error.details as { field: string; message: string }[]).map(
      (d) => `${d.field}: ${d.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: Navn på en deltager i planen: »Fatima«',
        'name: Navn på en deltager i planen: »Hodan«',
        'name: Navn på en deltager i planen: »Fatimas«',
        'name: Navn på en deltager i planen: »ØSTERGÅRD«',
        'cpr: CPR-nummer: »0101901234«',
        'email: E-mailadresse: »mor@eksempel.dk«',
        'phone: Telefonnummer: »20 30 40 50«',
      ]),
    );
    expect(await stored()).toMatchObject({ published_evaluation: null });
    expect((await evaluationsSeenBy(reader)).list).toEqual([]);
  });

  it('matches whole words only, and a name word the leader confirms as no name passes', async () => {
    const text = 'Vi mødtes to gange per uge; fatimaerne er ikke et navn. Æblegårdens have blev brugt.';
    const refused = await publish(leader, text);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      'Navn på en deltager i planen: »per«',
    ]);
    const accepted = await publish(leader, text, ['Per']);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().publication).toMatchObject({ text, publishedByName: 'Test leader' });
  });

  it('publishes a clean text; everyone who reads the videnbase sees that text and only that', async () => {
    const clean = 'Deltagerne vil fortsætte som netværk og mødes i beboerhuset.';
    const r = await publish(leader, clean);
    expect(r.statusCode).toBe(200);
    expect(r.json().publication.text).toBe(clean);
    for (const session of [reader, programReader, other, mentor]) {
      const seen = await evaluationsSeenBy(session);
      expect(seen.list).toEqual([
        expect.objectContaining({ title: 'Bydelsløftere, efterår', published: true, evaluation: clean }),
      ]);
      expect(seen.body).not.toMatch(/gravid|Fatima|20 30 40 50/);
    }
    const withdrawn = await call(
      t,
      leader,
      'DELETE',
      `/api/v1/group-courses/${courseId}/evaluation/publication`,
    );
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().publication).toBeNull();
    expect((await evaluationsSeenBy(reader)).list).toEqual([]);
  });

  it('refuses an empty text and a course without an evaluation, in Danish', async () => {
    const empty = await publish(leader, '   ');
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toMatch(/Skriv den tekst/);
    const fresh = await call(t, mentor, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId,
      kind: 'course',
      title: 'Uden evaluering',
      startsOn: '2026-09-01',
    });
    const r = await call(
      t,
      leader,
      'PUT',
      `/api/v1/group-courses/${fresh.json().id}/evaluation/publication`,
      {
        text: 'Noget',
      },
    );
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('EVALUATION_NOT_FINISHED');
  });
});
