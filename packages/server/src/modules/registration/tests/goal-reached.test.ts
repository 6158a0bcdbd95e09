import { todayInDenmark } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';

// Issue 17: a worker marks a forløb's goal reached, with the day; the change is audited, shows in
// the participant's export, and a wrong day is a Danish 400 that changes nothing.
type Goal = { id: string; text: string; achieved: boolean; achievedOn: string | null };

describe.each(TEST_DATABASES)('a goal reached, on %s', (kind) => {
  let t: TestApp;
  let mentor: Session;
  let otherTeam: Session;
  let participantId: string;
  let caseId: string;
  let goals: Goal[];
  let otherCaseGoalId: string;

  const mark = (session: Session, goalId: string, achievedOn: string | null, onCase = caseId) =>
    call(t, session, 'PATCH', `/api/v1/cases/${onCase}/goals/${goalId}`, { achievedOn });
  const goalsNow = async () =>
    (await call(t, mentor, 'GET', `/api/v1/cases/${caseId}`)).json().goals as Goal[];

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const refs = await planRefs(t);
    mentor = (await addMember(t, 'worker', 'mentor@maal.test', await addTeam(t.db, t.planId, 'Team Nord')))
      .session;
    otherTeam = (await addMember(t, 'worker', 'anden@maal.test', await addTeam(t.db, t.planId, 'Team Syd')))
      .session;
    participantId = (await call(t, mentor, 'POST', '/api/v1/participants', participantBody(refs))).json().id;
    const startCase = (goalTexts: string[]) =>
      call(t, mentor, 'POST', '/api/v1/cases', {
        clientKey: crypto.randomUUID(),
        participantId,
        activityId: refs.activityId,
        startedOn: '2026-11-03',
        goals: goalTexts.map((text) => ({ text, agreedOn: '2026-11-04' })),
      });
    const created = await startCase(['Få truckcertifikat', 'Søge fem stillinger om måneden']);
    caseId = created.json().id;
    goals = created.json().goals;
    otherCaseGoalId = (await startCase(['Et andet forløbs mål'])).json().goals[0].id;
  }, 120_000);
  afterAll(async () => t?.close());

  it('marks a goal reached on a day, audited, and in the export', async () => {
    const goal = goals[0] as Goal;
    const answer = await mark(mentor, goal.id, '2026-11-20');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().goals).toEqual([
      expect.objectContaining({ id: goal.id, achieved: true, achievedOn: '2026-11-20' }),
      expect.objectContaining({ achieved: false, achievedOn: null }),
    ]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'details', 'actor_label'])
      .where('entity_type', '=', 'support_case_goal')
      .where('entity_id', '=', goal.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toEqual([
      { action: 'update', details: 'achieved,achieved_on', actor_label: 'mentor@maal.test' },
    ]);
    const exported = (await call(t, mentor, 'GET', `/api/v1/participants/${participantId}/export`)).body;
    expect(exported).toContain('"achievedOn":"2026-11-20"');
  });

  it('takes it back: not reached after all', async () => {
    const goal = goals[0] as Goal;
    expect((await mark(mentor, goal.id, null)).statusCode).toBe(200);
    expect((await goalsNow())[0]).toMatchObject({ achieved: false, achievedOn: null });
  });

  it.each([
    ['before the goal was agreed', '2026-11-01', 'Målet kan ikke være nået, før det blev aftalt.'],
    ['in the future', '2099-01-01', 'Datoen for et nået mål kan ikke ligge i fremtiden.'],
    ['not a day', '2026-02-30', null],
  ])('refuses a day %s, in Danish, and changes nothing', async (_label, day, message) => {
    const before = await goalsNow();
    const answer = await mark(mentor, (goals[1] as Goal).id, day);
    expect(answer.statusCode).toBe(400);
    const details = answer.json().error.details as { field: string; message: string }[];
    expect(details.map((d) => d.field)).toEqual(['achievedOn']);
    if (message) expect(details[0]?.message).toBe(message);
    expect(await goalsNow()).toEqual(before);
  });

  it('accepts today', async () => {
    const answer = await mark(mentor, (goals[1] as Goal).id, todayInDenmark());
    expect(answer.statusCode).toBe(200);
  });

  it('answers 404 for a goal of another forløb, an unknown goal and a caller outside the team', async () => {
    expect((await mark(mentor, otherCaseGoalId, '2026-11-20')).statusCode).toBe(404);
    expect((await mark(mentor, crypto.randomUUID(), '2026-11-20')).statusCode).toBe(404);
    expect((await mark(otherTeam, (goals[0] as Goal).id, '2026-11-20')).statusCode).toBe(404);
    expect((await goalsNow())[0]).toMatchObject({ achieved: false, achievedOn: null });
  });
});
