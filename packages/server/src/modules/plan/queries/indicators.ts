import type { Db, DbReader } from '../../../platform/db/database.ts';

// Goals, indicators, baselines and the yearly values, always within the session's plan.

export function listGoals(
  db: DbReader,
  planId: string,
  filter: { focusAreaId?: string; level?: string } = {},
) {
  let query = db
    .selectFrom('plan_goal as g')
    .leftJoin('plan_focus_area as fa', 'fa.id', 'g.focus_area_id')
    .select(['g.id', 'g.level', 'g.text', 'g.source', 'g.note', 'fa.slug as focus_area_slug'])
    .where('g.plan_id', '=', planId);
  if (filter.focusAreaId) query = query.where('g.focus_area_id', '=', filter.focusAreaId);
  if (filter.level) query = query.where('g.level', '=', filter.level);
  return query.orderBy('g.position').execute();
}
export type GoalRow = Awaited<ReturnType<typeof listGoals>>[number];

const indicatorColumns = [
  'i.id',
  'i.goal_id',
  'i.key',
  'i.name',
  'i.unit',
  'i.baseline_year',
  'i.baseline_year_note',
  'i.data_source',
  'i.measurement',
  'i.note',
  'i.footnotes',
  'i.areas_not_listed',
] as const;

export function listIndicatorsOfGoals(db: DbReader, planId: string, goalIds: string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_indicator as i')
    .select(indicatorColumns)
    .where('i.plan_id', '=', planId)
    .where('i.goal_id', 'in', goalIds)
    .orderBy('i.position')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof listIndicatorsOfGoals>>[number];

export function findIndicatorByKey(db: Db, planId: string, key: string) {
  return db
    .selectFrom('plan_indicator as i')
    .innerJoin('plan_goal as g', 'g.id', 'i.goal_id')
    .leftJoin('plan_focus_area as fa', 'fa.id', 'g.focus_area_id')
    .select([
      ...indicatorColumns,
      'g.level as goal_level',
      'g.text as goal_text',
      'fa.slug as focus_area_slug',
    ])
    .where('i.plan_id', '=', planId)
    .where('i.key', '=', key)
    .executeTakeFirst();
}

/** Every indicator of the plan: id, key and unit, for validating entered and imported values. */
export function listIndicatorKeys(db: Db, planId: string) {
  return db
    .selectFrom('plan_indicator')
    .select(['id', 'key', 'unit', 'name'])
    .where('plan_id', '=', planId)
    .execute();
}

export function listBaselines(db: DbReader, planId: string, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_baseline as b')
    .leftJoin('plan_area as a', 'a.id', 'b.area_id')
    .select([
      'b.indicator_id',
      'b.scope',
      'a.slug as area_slug',
      'b.label',
      'b.value',
      'b.status',
      'b.qualifier',
      'b.as_written',
      'b.note',
    ])
    .where('b.plan_id', '=', planId)
    .where('b.indicator_id', 'in', indicatorIds)
    .orderBy('b.indicator_id')
    .orderBy('b.position')
    .execute();
}
export type BaselineRow = Awaited<ReturnType<typeof listBaselines>>[number];

export function listInconsistencies(db: DbReader, planId: string) {
  return db
    .selectFrom('plan_inconsistency')
    .select(['key', 'what', 'quotes', 'indicator_keys'])
    .where('plan_id', '=', planId)
    .orderBy('key')
    .execute();
}
export type InconsistencyRow = Awaited<ReturnType<typeof listInconsistencies>>[number];

export function listIndicatorValues(db: Db, planId: string, indicatorId: string) {
  return db
    .selectFrom('plan_indicator_value as v')
    .innerJoin('plan_area as a', 'a.id', 'v.area_id')
    .select(['a.slug as area_slug', 'v.year', 'v.value', 'v.source', 'v.changed_by', 'v.changed_at'])
    .where('v.plan_id', '=', planId)
    .where('v.indicator_id', '=', indicatorId)
    .orderBy('a.position')
    .orderBy('v.year')
    .execute();
}

export interface IndicatorValueWrite {
  indicatorId: string;
  areaId: string;
  year: number;
  value: number | null;
  source: string | null;
}

/** Inserts or replaces values; the caller runs it in one transaction with a named actor. */
export async function upsertIndicatorValues(
  db: Db,
  planId: string,
  actorLabel: string,
  values: IndicatorValueWrite[],
): Promise<void> {
  // In chunks: a 10 MB import may hold many thousand rows, beyond one statement's parameter limit.
  for (let start = 0; start < values.length; start += 1000) {
    const chunk = values.slice(start, start + 1000);
    await db
      .insertInto('plan_indicator_value')
      .values(
        chunk.map((v) => ({
          plan_id: planId,
          indicator_id: v.indicatorId,
          area_id: v.areaId,
          year: v.year,
          value: v.value,
          source: v.source,
          changed_by: actorLabel,
          changed_at: new Date(),
        })),
      )
      .onConflict((oc) =>
        oc.columns(['indicator_id', 'area_id', 'year']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          source: eb.ref('excluded.source'),
          changed_by: eb.ref('excluded.changed_by'),
          changed_at: eb.ref('excluded.changed_at'),
        })),
      )
      .execute();
  }
}
