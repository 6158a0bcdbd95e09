import { sql } from 'kysely';
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
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';

// The overview and the goals are answered from JSON kept per plan, role and content version
// (service/view-cache.ts, migration 0020). Every change of the plan's content after an answer makes
// the next answer a fresh one with the new content: through the API, straight in the database (as
// another process would), and with triggers paused as a restore does, which rewrites the plan row.
describe.each(TEST_DATABASES)('plan views kept between changes on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let reader: Session;
  const get = async (session: Session, url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers: as(session) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const hoursOf = async (session: Session, slug: string) =>
    (await get(session, '/api/v1/plan')).focusAreas.find((f: { slug: string }) => f.slug === slug)
      .weeklyStaffHours;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    await addUser(t.db, t.planId, 'leader', 'leader@cache.dk');
    await addUser(t.db, t.planId, 'reader', 'reader@cache.dk');
    leader = await signIn(t.app, 'leader@cache.dk');
    reader = await signIn(t.app, 'reader@cache.dk');
  });
  afterAll(() => t.close());

  it('a change through the API after an answer gives the new content to every role', async () => {
    const before = await hoursOf(reader, 'beskaeftigelse');
    expect(await hoursOf(leader, 'beskaeftigelse')).toBe(before);
    const focus = await get(reader, '/api/v1/plan/focus-areas/beskaeftigelse');
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/plan/sub-agreements/${focus.subAgreement.id}`,
      headers: as(leader, 'PATCH'),
      payload: { weeklyStaffHours: before + 1.5 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await hoursOf(reader, 'beskaeftigelse')).toBe(before + 1.5);
    expect(await hoursOf(leader, 'beskaeftigelse')).toBe(before + 1.5);
  });

  it('a change made in the database by another process is seen at the next request', async () => {
    const overview = await get(reader, '/api/v1/plan');
    const area = overview.areas[0];
    await t.db
      .updateTable('plan_area')
      .set({ name: `${area.name} (ny)` })
      .where('slug', '=', area.slug)
      .execute();
    expect((await get(reader, '/api/v1/plan')).areas[0].name).toBe(`${area.name} (ny)`);

    const goals = (await get(reader, '/api/v1/plan/goals')).goals;
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .updateTable('plan_goal')
        .set({ text: 'Et nyt overordnet mål' })
        .where('id', '=', goals[0].id)
        .execute(),
    );
    expect((await get(reader, '/api/v1/plan/goals')).goals[0].text).toBe('Et nyt overordnet mål');
  });

  it('rows written with triggers paused and the plan row rewritten, as a restore does, are seen', async () => {
    const overview = await get(reader, '/api/v1/plan');
    await t.asOwner((owner) =>
      owner.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await trx
          .updateTable('plan_party')
          .set({ name: 'Restored party' })
          .where('plan_id', '=', t.planId)
          .execute();
        await trx.updateTable('plan').set({ name: overview.name }).where('id', '=', t.planId).execute();
      }),
    );
    // A new session: the actor's plan is read with the session, as on every request.
    expect((await get(reader, '/api/v1/plan')).parties[0].name).toBe('Restored party');
  });

  it('every table of the plan content counts the version up (a new plan_* table needs the trigger)', async () => {
    const missing = await sql<{ table_name: string }>`
      select c.table_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
       where c.table_schema = current_schema() and c.column_name = 'plan_id' and t.table_type = 'BASE TABLE'
         and c.table_name like 'plan\\_%' and c.table_name <> 'plan_change'
         and not exists (
           select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid
            where g.tgrelid = c.table_name::regclass and p.proname = 'plan_content_changed')`.execute(t.db);
    expect(missing.rows).toEqual([]);
  });
});
