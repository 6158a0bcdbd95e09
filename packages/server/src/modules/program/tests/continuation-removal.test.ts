import { da } from '@helhed/core';
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

// A wrong continuation link is removed in the register (issue 17 item 3): DELETE
// /programs/{slug}/continuations/{id} for whoever may edit links, audited as a delete; a reader gets
// 403, an unknown id a Danish 404 and a malformed one a Danish 400, and neither changes anything.
describe.each(TEST_DATABASES)('removing a continuation link on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;
  let current: string;
  let previous: string;
  const url = '/api/v1/programs/vollsmose/continuations';
  const remove = (session: Session, id: string) =>
    t.app.inject({ method: 'DELETE', url: `${url}/${id}`, headers: as(session, 'DELETE') });
  const count = () => rowCount(t.db, 'plan_activity_continuation');
  const activityOf = async (planSlug: string, notLinkedTo?: string) => {
    const linked = notLinkedTo
      ? await t.db
          .selectFrom('plan_activity_continuation')
          .select('previous_activity_id')
          .where('activity_id', '=', notLinkedTo)
          .execute()
      : [];
    let query = t.db
      .selectFrom('plan_activity as a')
      .innerJoin('plan as p', 'p.id', 'a.plan_id')
      .select('a.id')
      .where('p.slug', '=', planSlug);
    if (linked.length)
      query = query.where(
        'a.id',
        'not in',
        linked.map((l) => l.previous_activity_id),
      );
    return (await query.orderBy('a.position').executeTakeFirstOrThrow()).id;
  };
  const linksOf = async (activityId: string) => {
    const register = await t.app.inject({
      method: 'GET',
      url: '/api/v1/programs/vollsmose/plans',
      headers: as(leader),
    });
    const activities = register.json().plans.flatMap((p: { activities: unknown[] }) => p.activities);
    return activities.find((a: { id: string }) => a.id === activityId).continues as Array<{
      id: string;
      linkId: string;
    }>;
  };

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'leader', 'leder@fjern.dk');
    await addUser(t.db, t.planId, 'reader', 'laeser@fjern.dk');
    leader = await signIn(t.app, 'leder@fjern.dk');
    reader = await signIn(t.app, 'laeser@fjern.dk');
    current = await activityOf('odense-2024-2028');
    previous = await activityOf('vollsmose-2016-2020', current);
  });
  afterAll(() => t.close());

  it('removes a link for a leader: the register no longer shows it, and the audit log names it', async () => {
    const body = { activityId: current, previousActivityId: previous };
    const linked = await t.app.inject({ method: 'POST', url, headers: as(leader, 'POST'), payload: body });
    expect(linked.statusCode, linked.body).toBe(201);
    const { id } = linked.json();
    expect(await linksOf(current)).toContainEqual(expect.objectContaining({ id: previous, linkId: id }));
    const before = await count();

    const removed = await remove(leader, id);
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await count()).toBe(before - 1);
    expect((await linksOf(current)).map((l) => l.linkId)).not.toContain(id);
    const events = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_label', 'details'])
      .where('entity_type', '=', 'plan_activity_continuation')
      .where('entity_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(events[1]?.actor_label).toBe('leder@fjern.dk');
    expect(JSON.parse(events[1]?.details ?? '{}')).toEqual({ activity: current, previousActivity: previous });

    const again = await remove(leader, id);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe(da.errors.notFound);
  });

  it('refuses a reader with 403 and keeps the link', async () => {
    const body = { activityId: current, previousActivityId: previous };
    const linked = await t.app.inject({ method: 'POST', url, headers: as(leader, 'POST'), payload: body });
    const { id } = linked.json();
    const before = await count();
    const refused = await remove(reader, id);
    expect(refused.statusCode).toBe(403);
    expect(await count()).toBe(before);
    expect((await linksOf(current)).map((l) => l.linkId)).toContain(id);
  });

  it('answers an unknown id with a Danish 404 and a malformed one with a Danish 400, changing nothing', async () => {
    const before = await count();
    const unknown = await remove(leader, crypto.randomUUID());
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe(da.errors.notFound);
    const malformed = await remove(leader, 'ikke-et-id');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION');
    expect(await count()).toBe(before);
  });

  it('names the field at fault when a link is refused, so the form can show it there', async () => {
    const sameTime = await t.app.inject({
      method: 'POST',
      url,
      headers: as(leader, 'POST'),
      payload: { activityId: previous, previousActivityId: current },
    });
    expect(sameTime.statusCode).toBe(400);
    expect(sameTime.json().error.details).toEqual([
      { field: 'previousActivityId', message: da.program.errors.continuationNotEarlier },
    ]);
  });
});
