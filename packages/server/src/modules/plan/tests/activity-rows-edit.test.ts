import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../../test/build-test-app.ts';
import { buildTestApp } from '../../../../test/build-test-app.ts';
import { countRows } from '../../../../test/count-rows.ts';
import { addMember, addTeam, call, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 17 item 3: editing an activity's per-area target counts and sessions after saving. A PATCH
// sends only what the body can carry (description, area, count; number, title, description); the
// rows it does not change keep their plan source, their wording and their topics, and the history
// shows exactly the changed rows with before → after.
type TargetGroup = { description: string; areaSlug: string | null; count: number | null };
type Session_ = { number: number; title: string; description: string | null; topics: string[] };
type Change = {
  actorEmail: string;
  entityType: string;
  operation: string;
  changedFields: Array<{ field: string; before: unknown; after: unknown }>;
};

describe.each(TEST_DATABASES)('editing target groups and sessions on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let mentor: Session;
  let activityId: string;
  const url = () => `/api/v1/plan/activities/${activityId}`;
  const body = (a: { targetGroups: TargetGroup[]; sessions: Session_[] }) => ({
    targetGroups: a.targetGroups.map(({ description, areaSlug, count }) => ({
      description,
      areaSlug,
      count,
    })),
    sessions: a.sessions.map(({ number, title, description }) => ({ number, title, description })),
  });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    leader = (await addMember(t, 'leader', 'leder@rows.dk', null)).session;
    mentor = (await addMember(t, 'worker', 'mentor@rows.dk', await addTeam(t.db, t.planId, 'Nord'))).session;
    activityId = (await planRefs(t)).courseActivityId;
  });
  afterAll(() => t.close());

  it('changes one count and one session in place; the other rows keep source, wording and topics', async () => {
    const before = (await call(t, leader, 'GET', url())).json();
    expect(before.targetGroups[0].source).toBe('Borgmesterforvaltningen, Odense Kommune, december 2023');
    expect(before.sessions[3].topics).toHaveLength(4);
    const edited = body(before);
    edited.targetGroups[1] = { ...edited.targetGroups[1], count: 900 } as TargetGroup;
    edited.sessions[0] = { ...edited.sessions[0], title: 'Introduktion' } as Session_;

    const response = await call(t, leader, 'PATCH', url(), edited);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    // Every row but the edited one is exactly as stored, including what the body cannot carry.
    expect(after.targetGroups.filter((_: unknown, i: number) => i !== 1)).toEqual(
      before.targetGroups.filter((_: unknown, i: number) => i !== 1),
    );
    expect(after.targetGroups[1]).toEqual({
      ...before.targetGroups[1],
      count: 900,
      asWritten: null,
    });
    expect(after.sessions.slice(1)).toEqual(before.sessions.slice(1));
    expect(after.sessions[0]).toEqual({ ...before.sessions[0], title: 'Introduktion' });

    const history = (await call(t, leader, 'GET', '/api/v1/plan/changes?limit=20')).json();
    expect(history.total).toBe(2);
    expect(
      history.changes.map((c: Change) => [c.actorEmail, c.entityType, c.operation, c.changedFields]),
    ).toEqual([
      [
        'leder@rows.dk',
        'activitySession',
        'update',
        [{ field: 'title', before: before.sessions[0].title, after: 'Introduktion' }],
      ],
      [
        'leder@rows.dk',
        'activityTargetGroup',
        'update',
        [
          { field: 'asWritten', before: before.targetGroups[1].asWritten, after: null },
          { field: 'count', before: before.targetGroups[1].count, after: 900 },
        ],
      ],
    ]);
  });

  it('adds and removes rows; sending the same lists again changes nothing', async () => {
    const current = (await call(t, leader, 'GET', url())).json();
    const edited = body(current);
    const removed = edited.targetGroups.splice(2, 1)[0] as TargetGroup;
    edited.targetGroups.push({ description: 'kvinder 18-64 år', areaSlug: 'ejerslykke', count: null });
    edited.sessions.push({ number: 8, title: 'Afslutning', description: 'Fejring og diplom' });
    const response = await call(t, leader, 'PATCH', url(), edited);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after.targetGroups).toHaveLength(current.targetGroups.length);
    expect(after.targetGroups).not.toContainEqual(current.targetGroups[2]);
    expect(after.targetGroups.at(-1)).toEqual({
      description: 'kvinder 18-64 år',
      areaSlug: 'ejerslykke',
      count: null,
      asWritten: null,
      source: null,
    });
    expect(after.sessions.at(-1)).toEqual({
      number: 8,
      title: 'Afslutning',
      description: 'Fejring og diplom',
      topics: [],
    });
    const { changes } = (await call(t, leader, 'GET', '/api/v1/plan/changes?limit=3')).json();
    expect(changes.map((c: Change) => [c.entityType, c.operation])).toEqual([
      ['activitySession', 'create'],
      ['activityTargetGroup', 'create'],
      ['activityTargetGroup', 'delete'],
    ]);
    expect(changes[2].changedFields).toContainEqual({ field: 'count', before: removed.count, after: null });

    const rows = await countRows(t.db, 'plan_change');
    const again = await call(t, leader, 'PATCH', url(), body(after));
    expect(again.statusCode).toBe(200);
    expect(await countRows(t.db, 'plan_change')).toBe(rows);
  });

  it('keeps the source of a row whose text alone changes; a new text and area make a new row', async () => {
    const current = (await call(t, leader, 'GET', url())).json();
    const edited = body(current);
    edited.targetGroups[0] = { ...edited.targetGroups[0], description: 'kvinder 25-64 år' } as TargetGroup;
    edited.targetGroups[3] = { description: 'mødre med små børn', areaSlug: 'vollsmose', count: 12 };
    const response = await call(t, leader, 'PATCH', url(), edited);
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after.targetGroups[0]).toEqual({ ...current.targetGroups[0], description: 'kvinder 25-64 år' });
    expect(after.targetGroups[3]).toEqual({ ...edited.targetGroups[3], asWritten: null, source: null });
    const { changes } = (await call(t, leader, 'GET', '/api/v1/plan/changes?limit=3')).json();
    expect(changes.map((c: Change) => [c.entityType, c.operation])).toEqual([
      ['activityTargetGroup', 'create'],
      ['activityTargetGroup', 'update'],
      ['activityTargetGroup', 'delete'],
    ]);
    expect(changes[1].changedFields).toEqual([
      { field: 'description', before: current.targetGroups[0].description, after: 'kvinder 25-64 år' },
    ]);
  });

  it('refuses to remove a session a course holds, in Danish, and changes nothing', async () => {
    const course = await call(t, mentor, 'POST', '/api/v1/group-courses', {
      clientKey: crypto.randomUUID(),
      activityId,
      kind: 'course',
      title: 'Bydelsløftere for kvinder, efterår 2027',
      startsOn: '2027-09-01',
    });
    expect(course.statusCode, course.body).toBe(201);
    const current = (await call(t, leader, 'GET', url())).json();
    const rows = await countRows(t.db, 'plan_change');
    const edited = body(current);
    edited.targetGroups[0] = { ...edited.targetGroups[0], count: 1 } as TargetGroup;
    edited.sessions = edited.sessions.slice(1);
    const refused = await call(t, leader, 'PATCH', url(), edited);
    expect(refused.statusCode).toBe(400);
    const tooLarge = await call(t, leader, 'PATCH', url(), {
      targetGroups: [{ description: 'alle', areaSlug: null, count: 3_000_000_000 }],
    });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.details).toEqual([
      { field: 'targetGroups.0.count', message: 'Antal må højst være 1.000.000.' },
    ]);
    expect(refused.json().error.details).toEqual([
      {
        field: 'sessions',
        message:
          'En undervisningsgang, du fjerner, bruges af et forløb i registreringen. Behold gangen, eller fjern den først fra forløbet.',
      },
    ]);
    expect(await countRows(t.db, 'plan_change')).toBe(rows);
    expect((await call(t, leader, 'GET', url())).json()).toEqual(current);
  });
});
