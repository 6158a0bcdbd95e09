import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { seedOdensePlan } from '../../../first-start.ts';

describe.each(TEST_DATABASES)('plan seed on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  });
  afterAll(() => t.close());

  it('loads the six areas with Vollsmose at 5.888 residents', async () => {
    const areas = await t.db
      .selectFrom('plan_area')
      .select(['slug', 'residents'])
      .where('plan_id', '=', t.planId)
      .orderBy('position')
      .execute();
    expect(areas.map((a) => a.slug)).toEqual([
      'vollsmose',
      'korsloekken',
      'rising',
      'ejerslykke',
      'hoejemarksvej-kvarteret',
      'stadionvej-skjoldsparken',
    ]);
    expect(areas.find((a) => a.slug === 'vollsmose')?.residents).toBe(5888);
  });

  it('keeps the missing grade average of Stadionvej/Skjoldsparken as null with its status', async () => {
    const row = await t.db
      .selectFrom('plan_baseline as b')
      .innerJoin('plan_indicator as i', 'i.id', 'b.indicator_id')
      .innerJoin('plan_area as a', 'a.id', 'b.area_id')
      .select(['b.value', 'b.status', 'b.as_written'])
      .where('i.key', '=', 'udd-karaktergennemsnit-9-klasse')
      .where('a.slug', '=', 'stadionvej-skjoldsparken')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ value: null, status: 'ikke oplyst', as_written: 'Skjoldsparken: ikke oplyst' });
  });

  it('records the load in the plan history as system:seed, and a second start adds nothing', async () => {
    const before = await t.db
      .selectFrom('plan_change')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    expect(Number(before.n)).toBeGreaterThan(100);
    const actors = await t.db
      .selectFrom('plan_change')
      .select('actor_label')
      .distinct()
      .where('plan_id', '=', t.planId)
      .execute();
    expect(actors).toEqual([{ actor_label: 'system:seed' }]);
    const again = await seedOdensePlan(t.db);
    expect(again).toEqual({ id: t.planId, created: false });
    const after = await t.db
      .selectFrom('plan_change')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const activities = await t.db
      .selectFrom('plan_activity')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('plan_id', '=', t.planId)
      .executeTakeFirstOrThrow();
    expect(Number(activities.n)).toBe(13);
  });
});
