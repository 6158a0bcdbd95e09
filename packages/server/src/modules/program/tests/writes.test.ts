import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  as,
  buildTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { rowCount } from './support.ts';

// The program module's two writes on both databases: a continuation between plans and a knowledge
// entry. Each is idempotent (the same request again gives the same id and adds nothing) and bad
// input changes nothing.
describe.each(TEST_DATABASES)('program writes on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let current: string;
  let previous: string;
  let sameP2016: string;
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(leader, 'POST'), payload });
  const count = (table: 'plan_activity_continuation' | 'knowledge_entry') => rowCount(t.db, table);
  const activityOf = (planSlug: string, slug: string) =>
    t.db
      .selectFrom('plan_activity as a')
      .innerJoin('plan as p', 'p.id', 'a.plan_id')
      .select('a.id')
      .where('p.slug', '=', planSlug)
      .where('a.slug', '=', slug)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'leader', 'leder@program.dk');
    leader = await signIn(t.app, 'leder@program.dk');
    current = (await activityOf('odense-2024-2028', 'fritidsjobraadgivning')).id;
    // Two 2016-2020 activities that the seed does not link to the 2024-2028 activity.
    const linked = await t.db
      .selectFrom('plan_activity_continuation')
      .select('previous_activity_id')
      .where('activity_id', '=', current)
      .execute();
    const candidates = await t.db
      .selectFrom('plan_activity as a')
      .innerJoin('plan as p', 'p.id', 'a.plan_id')
      .select('a.id')
      .where('p.slug', '=', 'vollsmose-2016-2020')
      .where(
        'a.id',
        'not in',
        linked.map((l) => l.previous_activity_id),
      )
      .orderBy('a.position')
      .limit(2)
      .execute();
    [previous, sameP2016] = candidates.map((c) => c.id) as [string, string];
  });
  afterAll(() => t.close());

  it('links an activity to an earlier plan once; the same request again gives the same id', async () => {
    const before = await count('plan_activity_continuation');
    const body = { activityId: current, previousActivityId: previous, note: 'Samme metode' };
    const first = await post('/api/v1/programs/vollsmose/continuations', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(await count('plan_activity_continuation')).toBe(before + 1);
    const again = await post('/api/v1/programs/vollsmose/continuations', body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await count('plan_activity_continuation')).toBe(before + 1);
    const register = await t.app.inject({
      method: 'GET',
      url: '/api/v1/programs/vollsmose/plans',
      headers: as(leader),
    });
    const activities = register.json().plans.flatMap((p: { activities: unknown[] }) => p.activities);
    const mine = activities.find((a: { id: string }) => a.id === current);
    expect(mine.continues.map((a: { id: string }) => a.id)).toContain(previous);
  });

  it('refuses a link backwards in time or within one plan and saves nothing', async () => {
    const before = await count('plan_activity_continuation');
    for (const body of [
      { activityId: previous, previousActivityId: current },
      { activityId: sameP2016, previousActivityId: previous },
    ]) {
      const response = await post('/api/v1/programs/vollsmose/continuations', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('PROGRAM_CONTINUATION_INVALID');
    }
    expect(await count('plan_activity_continuation')).toBe(before);
  });

  it('saves a knowledge entry once per client key', async () => {
    const before = await count('knowledge_entry');
    const body = {
      clientKey: crypto.randomUUID(),
      activityId: current,
      kind: 'method_note',
      year: 2025,
      title: 'Metodenote om virksomhedsbesøg',
      body: 'Besøgene blev planlagt sammen med jobcentret.',
    };
    const first = await post('/api/v1/knowledge/entries', body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await post('/api/v1/knowledge/entries', body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await count('knowledge_entry')).toBe(before + 1);
  });
});
