import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { buildAnnualReport } from '../index.ts';
import type { Refs } from './fixture.ts';
import { loadKnownDataset } from './known-dataset.ts';

describe.each(TEST_DATABASES)('annual indicator follow-up on %s', (kind) => {
  let t: TestApp;
  let refs: Refs;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    refs = await loadKnownDataset(t.db, t.planId);
  }, 120_000);
  afterAll(async () => t?.close());

  const indicatorOf = async (year: number, key: string) => {
    const report = await buildAnnualReport(t.db, { planId: t.planId }, year);
    const indicator = report.focusAreas.flatMap((group) => group.indicators).find((row) => row.key === key);
    if (!indicator) throw new Error(`no indicator ${key}`);
    const row = (areaId: string | null) => indicator.rows.find((r) => r.areaId === areaId);
    return { report, indicator, row };
  };

  it('counts the locally registered indicators from the registrations, by age band and area', async () => {
    // P0–P4 (born 2000, 25 in 2025, area 1) ended their forløb in 2025 with "påbegyndt uddannelse".
    const young = await indicatorOf(2025, 'besk-18-29-startet-udd-eller-ord-job');
    expect(young.indicator.locallyRegistered).toBe(true);
    expect(young.row(null)).toMatchObject({ value: 5, valueSource: 'registrations' });
    expect(young.row(refs.area1.id)).toMatchObject({ value: 5 });
    expect(young.row(refs.area2.id)).toMatchObject({ value: 0 });
    // P15 (born 1980, 44 in 2024, area 2) got an ordinary job in 2024: one person, so "<5".
    const older = await indicatorOf(2025, 'besk-30-64-ord-arbejde-eller-uddannelse');
    expect(older.row(null)).toMatchObject({ value: 0, previousValue: 'x' });
    expect(older.row(refs.area2.id)).toMatchObject({ value: 0, previousValue: 'x' });
    // Volunteers in 2025: P0 and P1 (area 1).
    const volunteers = await indicatorOf(2025, 'smh-frivillige-via-bsh');
    expect(volunteers.row(null)).toMatchObject({ value: 'x', previousValue: 'x', change: 'unknown' });
  });

  it('compares an entered value with its baseline and the kommune and marks the goal', async () => {
    const candidates = await t.db
      .selectFrom('plan_baseline as b')
      .innerJoin('plan_baseline as k', (join) =>
        join
          .onRef('k.indicator_id', '=', 'b.indicator_id')
          .on('k.scope', '=', 'other')
          .on('k.label', 'ilike', '%kommune%'),
      )
      .innerJoin('plan_indicator as i', 'i.id', 'b.indicator_id')
      .select(['i.id', 'i.key', 'b.value as baseline', 'k.value as municipality'])
      .where('b.plan_id', '=', t.planId)
      .where('b.scope', '=', 'area')
      .where('b.area_id', '=', refs.area1.id)
      .where('b.value', 'is not', null)
      .where('k.value', 'is not', null)
      .where('i.unit', '=', 'pct')
      .execute();
    const chosen = candidates.find((c) => Number(c.baseline) !== Number(c.municipality));
    if (!chosen) throw new Error('the Odense plan has an area indicator with a kommune figure');
    const municipality = Number(chosen.municipality);
    await withTransaction(t.db, systemActor('test', t.planId), (trx) =>
      trx
        .insertInto('plan_indicator_value')
        .values({
          plan_id: t.planId,
          indicator_id: chosen.id,
          area_id: refs.area1.id,
          year: 2025,
          value: municipality,
        })
        .execute(),
    );
    const { indicator, row } = await indicatorOf(2025, chosen.key);
    expect(indicator.municipality?.value).toBe(municipality);
    expect(row(refs.area1.id)).toMatchObject({
      baseline: Number(chosen.baseline),
      value: municipality,
      valueSource: 'entered',
      change: municipality > Number(chosen.baseline) ? 'up' : 'down',
      goal: 'met',
    });
  });

  it('refuses a year that is not a year', async () => {
    await expect(buildAnnualReport(t.db, { planId: t.planId }, '20x5')).rejects.toThrow(/Året/);
  });
});
