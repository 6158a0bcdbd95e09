import type { Db, DbReader } from '../../../platform/db/database.ts';

// Reads of the plan's fixed frame: parties, areas, indsatsområder and their delaftaler.
// Every query is filtered by the plan taken from the session.

export function findPlanOverview(db: Db, planId: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'slug', 'name', 'municipality', 'period_start', 'period_end', 'parties_note'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
}

export function listParties(db: Db, planId: string) {
  return db
    .selectFrom('plan_party')
    .select(['name', 'short_name', 'signed_date', 'signed_date_as_written'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

export function listAreas(db: Db, planId: string) {
  return db
    .selectFrom('plan_area')
    .select([
      'id',
      'slug',
      'name',
      'spellings',
      'residents',
      'residents_date',
      'residents_as_written',
      'non_western_share',
      'non_western_share_as_written',
      'status',
      'uncertainties',
    ])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}
export type AreaRow = Awaited<ReturnType<typeof listAreas>>[number];

export function listDepartments(db: Db, planId: string) {
  return db
    .selectFrom('plan_department')
    .select(['area_id', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('area_id')
    .orderBy('position')
    .execute();
}

export function listAgeGroups(db: Db, planId: string) {
  return db
    .selectFrom('plan_age_group')
    .select(['area_id', 'key', 'label', 'value', 'unit', 'as_written', 'data_source'])
    .where('plan_id', '=', planId)
    .orderBy('area_id')
    .orderBy('position')
    .execute();
}

const subAgreementColumns = [
  'sa.id',
  'sa.name',
  'sa.period_start',
  'sa.period_end',
  'sa.parties',
  'sa.weekly_staff_hours',
  'sa.weekly_staff_hours_as_written',
  'sa.staff_hours_years',
  'sa.staff_hours_includes',
  'sa.staff_hours_note',
  'sa.staff_hours',
  'sa.revision_text',
  'sa.updated_at',
] as const;

/** A focus area joined with its one sub-agreement; callers add the filter. */
function selectFocusAreaWithSubAgreement(db: DbReader) {
  return db
    .selectFrom('plan_focus_area as fa')
    .innerJoin('plan_sub_agreement as sa', 'sa.focus_area_id', 'fa.id')
    .select([
      'fa.id as focus_area_id',
      'fa.slug',
      'fa.name as focus_area_name',
      'fa.team',
      'fa.goal_text',
      'fa.lbf_overall_goal',
      ...subAgreementColumns,
    ]);
}

/** The indsatsområder with their delaftale, in the plan's order. */
export function listFocusAreas(db: DbReader, planId: string) {
  return selectFocusAreaWithSubAgreement(db)
    .where('fa.plan_id', '=', planId)
    .orderBy('fa.position')
    .execute();
}
export type FocusAreaRow = Awaited<ReturnType<typeof listFocusAreas>>[number];

export function findFocusAreaBySlug(db: Db, planId: string, slug: string) {
  return selectFocusAreaWithSubAgreement(db)
    .where('fa.plan_id', '=', planId)
    .where('fa.slug', '=', slug)
    .executeTakeFirst();
}

export function findFocusAreaBySubAgreement(db: Db, planId: string, subAgreementId: string) {
  return selectFocusAreaWithSubAgreement(db)
    .where('sa.plan_id', '=', planId)
    .where('sa.id', '=', subAgreementId)
    .executeTakeFirst();
}

export function updateSubAgreement(
  db: Db,
  planId: string,
  subAgreementId: string,
  changes: {
    name?: string;
    weekly_staff_hours?: number | null;
    weekly_staff_hours_as_written?: string | null;
    staff_hours_note?: string | null;
    parties?: string;
    staff_hours?: string;
    revision_text?: string | null;
  },
) {
  return db
    .updateTable('plan_sub_agreement')
    .set({ ...changes, updated_at: new Date() })
    .where('plan_id', '=', planId)
    .where('id', '=', subAgreementId)
    .executeTakeFirst();
}
