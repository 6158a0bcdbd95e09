import type { Db, DbReader } from '../../../platform/db/database.ts';

// Activities and their child lists, always within the session's plan.

const activityColumns = [
  'a.id',
  'a.slug',
  'a.name',
  'a.client_key',
  'a.purposes_intro',
  'a.target_group',
  'a.target_total',
  'a.age_ranges',
  'a.format',
  'a.format_reason',
  'a.referral_evidence',
  'a.recruitment',
  'a.session_structure',
  'a.after_course',
  'a.evaluation',
  'a.responsible',
  'a.notes',
  'a.source',
  'a.weekly_staff_hours',
  'a.created_at',
  'a.updated_at',
  'fa.slug as focus_area_slug',
  'fa.name as focus_area_name',
] as const;

function activities(db: DbReader, planId: string) {
  return db
    .selectFrom('plan_activity as a')
    .innerJoin('plan_focus_area as fa', 'fa.id', 'a.focus_area_id')
    .select(activityColumns)
    .where('a.plan_id', '=', planId);
}

export function listActivities(db: DbReader, planId: string, focusAreaId?: string) {
  let query = activities(db, planId);
  if (focusAreaId) query = query.where('a.focus_area_id', '=', focusAreaId);
  return query.orderBy('fa.position').orderBy('a.position').orderBy('a.created_at').execute();
}
export type ActivityRow = Awaited<ReturnType<typeof listActivities>>[number];

export function findActivity(db: Db, planId: string, activityId: string) {
  return activities(db, planId).where('a.id', '=', activityId).executeTakeFirst();
}

export function findActivityByClientKey(db: Db, planId: string, clientKey: string) {
  return activities(db, planId).where('a.client_key', '=', clientKey).executeTakeFirst();
}

export async function listActivityChildren(db: Db, planId: string, activityId: string) {
  const [purposes, targetGroups, referralSources, partners, sessions] = await Promise.all([
    db
      .selectFrom('plan_activity_purpose')
      .select('text')
      .where('plan_id', '=', planId)
      .where('activity_id', '=', activityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('plan_activity_target_group as t')
      .leftJoin('plan_area as ar', 'ar.id', 't.area_id')
      .select(['t.description', 'ar.slug as area_slug', 't.count', 't.as_written', 't.source'])
      .where('t.plan_id', '=', planId)
      .where('t.activity_id', '=', activityId)
      .orderBy('t.position')
      .execute(),
    db
      .selectFrom('plan_activity_referral_source')
      .select('name')
      .where('plan_id', '=', planId)
      .where('activity_id', '=', activityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('plan_activity_partner')
      .select('name')
      .where('plan_id', '=', planId)
      .where('activity_id', '=', activityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('plan_activity_session')
      .select(['number', 'title', 'description', 'topics'])
      .where('plan_id', '=', planId)
      .where('activity_id', '=', activityId)
      .orderBy('number')
      .execute(),
  ]);
  return { purposes, targetGroups, referralSources, partners, sessions };
}
export type ActivityChildRows = Awaited<ReturnType<typeof listActivityChildren>>;

export function nextActivityPosition(db: Db, planId: string) {
  return db
    .selectFrom('plan_activity')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(-1)).as('max'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.max) + 1);
}

export function insertActivity(
  db: Db,
  row: {
    plan_id: string;
    client_key: string;
    focus_area_id: string;
    position: number;
    name: string;
    target_group: string | null;
    format: string | null;
    weekly_staff_hours: number | null;
  },
) {
  return db
    .insertInto('plan_activity')
    .values(row)
    .onConflict((oc) => oc.constraint('plan_activity_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function updateActivity(
  db: Db,
  planId: string,
  activityId: string,
  changes: {
    name?: string;
    focus_area_id?: string;
    target_group?: string | null;
    format?: string | null;
    weekly_staff_hours?: number | null;
  },
) {
  return db
    .updateTable('plan_activity')
    .set({ ...changes, updated_at: new Date() })
    .where('plan_id', '=', planId)
    .where('id', '=', activityId)
    .executeTakeFirst();
}

export type ActivityChildTable =
  | 'plan_activity_purpose'
  | 'plan_activity_target_group'
  | 'plan_activity_referral_source'
  | 'plan_activity_partner'
  | 'plan_activity_session';

/** Removes one child list of an activity before it is written anew. */
export function deleteActivityChildren(
  db: Db,
  planId: string,
  activityId: string,
  table: ActivityChildTable,
) {
  return db.deleteFrom(table).where('plan_id', '=', planId).where('activity_id', '=', activityId).execute();
}
