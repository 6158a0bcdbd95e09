import type { Db } from '../../../platform/db/database.ts';

// The program module's SQL for programs, goals, series and the plan register.

/** A program is visible to a user whose plan is in the program's register. */
export function findProgramForPlan(db: Db, slug: string, planId: string) {
  return db
    .selectFrom('program as p')
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'p.municipality',
      'p.owner',
      'p.decided_on',
      'p.description',
      'p.source',
    ])
    .where('p.slug', '=', slug)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('program_plan as r')
          .select('r.id')
          .whereRef('r.program_id', '=', 'p.id')
          .where('r.plan_id', '=', planId),
      ),
    )
    .executeTakeFirst();
}

/** A program by its slug alone; callers that act for a user check the register first. */
export function findProgramBySlug(db: Db, slug: string) {
  return db
    .selectFrom('program')
    .select(['id', 'slug', 'name', 'owner', 'decided_on'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export function listProgramsForPlan(db: Db, planId: string) {
  return db
    .selectFrom('program as p')
    .innerJoin('program_plan as r', 'r.program_id', 'p.id')
    .select(['p.id', 'p.slug', 'p.name', 'p.owner'])
    .where('r.plan_id', '=', planId)
    .orderBy('p.name')
    .execute();
}

export function listProgramGoals(db: Db, programId: string) {
  return db
    .selectFrom('program_goal')
    .select(['id', 'position', 'text', 'source'])
    .where('program_id', '=', programId)
    .orderBy('position')
    .execute();
}

export function listProgramSeries(db: Db, programId: string) {
  return db
    .selectFrom('program_series')
    .select(['id', 'goal_id', 'key', 'position', 'name', 'area_label'])
    .where('program_id', '=', programId)
    .orderBy('position')
    .execute();
}

const definitionColumns = [
  'd.key as definition_key',
  'd.label as definition_label',
  'd.measure',
  'd.population',
  'd.unit',
] as const;

export function listOwnPoints(db: Db, programId: string) {
  return db
    .selectFrom('program_point as p')
    .innerJoin('program_definition as d', 'd.id', 'p.definition_id')
    .select([
      'p.series_id',
      'p.year',
      'p.value',
      'p.value_as_written',
      'p.source_document',
      'p.source_quote',
      'p.note',
      ...definitionColumns,
    ])
    .where('p.program_id', '=', programId)
    .execute();
}

/** The program's series links to plan indicators, with the definition, plan and indicator names. */
function linkedIndicators(db: Db, programId: string) {
  return db
    .selectFrom('program_series_link as l')
    .innerJoin('program_definition as d', 'd.id', 'l.definition_id')
    .innerJoin('plan_indicator as i', (join) =>
      join.onRef('i.id', '=', 'l.indicator_id').onRef('i.plan_id', '=', 'l.plan_id'),
    )
    .innerJoin('plan as pl', 'pl.id', 'l.plan_id')
    .select(['l.series_id', 'pl.name as plan_name', 'i.name as indicator_name', ...definitionColumns])
    .where('l.program_id', '=', programId);
}

/** Baselines of the linked plan indicators: the plan-wide one, or the named area's. */
export function listLinkedBaselines(db: Db, programId: string) {
  return linkedIndicators(db, programId)
    .innerJoin('plan_baseline as b', 'b.indicator_id', 'i.id')
    .leftJoin('plan_area as a', 'a.id', 'b.area_id')
    .select(['l.source_document', 'i.baseline_year', 'b.value', 'b.as_written'])
    .where('b.status', '=', 'given')
    .where((eb) =>
      eb.or([
        eb.and([eb('l.area_slug', 'is', null), eb('b.scope', '=', 'plan')]),
        eb('a.slug', '=', eb.ref('l.area_slug')),
      ]),
    )
    .execute();
}

/** Yearly values entered for the linked indicators in the named area. */
export function listLinkedValues(db: Db, programId: string) {
  return linkedIndicators(db, programId)
    .innerJoin('plan_indicator_value as v', (join) =>
      join.onRef('v.indicator_id', '=', 'l.indicator_id').onRef('v.plan_id', '=', 'l.plan_id'),
    )
    .innerJoin('plan_area as a', 'a.id', 'v.area_id')
    .select(['v.year', 'v.value', 'v.source'])
    .whereRef('a.slug', '=', 'l.area_slug')
    .where('v.value', 'is not', null)
    .execute();
}

/** The focus areas whose goals carry indicators linked to each program goal. */
export function listGoalFocusAreas(db: Db, programId: string) {
  return db
    .selectFrom('program_series_link as l')
    .innerJoin('program_series as s', 's.id', 'l.series_id')
    .innerJoin('plan_indicator as i', 'i.id', 'l.indicator_id')
    .innerJoin('plan_goal as g', 'g.id', 'i.goal_id')
    .select(['s.goal_id', 'g.focus_area_id', 'l.plan_id'])
    .distinct()
    .where('l.program_id', '=', programId)
    .where('g.focus_area_id', 'is not', null)
    .execute();
}

export function listRegister(db: Db, programId: string) {
  return db
    .selectFrom('program_plan as r')
    .leftJoin('plan as p', 'p.id', 'r.plan_id')
    .select([
      'r.id',
      'r.position',
      'r.name',
      'r.start_year',
      'r.end_year',
      'r.status',
      'r.plan_id',
      'p.slug as plan_slug',
      'r.budget_total',
      'r.budget_lbf',
      'r.budget_local_min',
      'r.local_share_min_pct',
      'r.financing_note',
      'r.lbf_focus_areas',
      'r.source',
      'r.note',
    ])
    .where('r.program_id', '=', programId)
    .orderBy('r.position')
    .execute();
}

export function listActivitiesOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_activity as a')
    .innerJoin('plan_focus_area as f', 'f.id', 'a.focus_area_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.slug',
      'a.name',
      'a.position',
      'f.id as focus_area_id',
      'f.name as focus_area_name',
    ])
    .where('a.plan_id', 'in', planIds)
    .orderBy('a.plan_id')
    .orderBy('a.position')
    .execute();
}

/** Plan names by id; an empty list asks for a uuid no plan has, so the query stays valid. */
export function listPlanNames(db: Db, planIds: string[]) {
  return db
    .selectFrom('plan')
    .select(['id', 'name'])
    .where('id', 'in', planIds.length ? planIds : ['00000000-0000-0000-0000-000000000000'])
    .execute();
}
