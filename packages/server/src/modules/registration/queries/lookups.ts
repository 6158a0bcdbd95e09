import type { Db } from '../../../platform/db/database.ts';

// Reference data of the plan the forms choose from, and the checks that a chosen id belongs to it.

export function listAreasWithDepartments(db: Db, planId: string) {
  return Promise.all([
    db
      .selectFrom('plan_area')
      .select(['id', 'name'])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('plan_department')
      .select(['id', 'name', 'area_id'])
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute(),
  ]);
}

export function listActivities(db: Db, planId: string) {
  return db
    .selectFrom('plan_activity')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

export function listTeams(db: Db, planId: string) {
  return db.selectFrom('team').select(['id', 'name']).where('plan_id', '=', planId).orderBy('name').execute();
}

export function insertTeam(db: Db, planId: string, clientKey: string, name: string) {
  return db
    .insertInto('team')
    .values({ plan_id: planId, client_key: clientKey, name })
    .onConflict((oc) => oc.constraint('team_client_key').doNothing())
    .returning(['id', 'name'])
    .executeTakeFirst();
}

export function findTeamByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('team')
    .select(['id', 'name'])
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** Staff who may be responsible for a forløb or get a participant shared: workers and leaders. */
export function listColleagues(db: Db, planId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'team_id'])
    .where('plan_id', '=', planId)
    .where('is_active', '=', true)
    .where('role', 'in', ['worker', 'leader'])
    .orderBy('display_name')
    .execute();
}

export function findColleague(db: Db, planId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'team_id', 'role'])
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .where('is_active', '=', true)
    .where('role', 'in', ['worker', 'leader'])
    .executeTakeFirst();
}

export function teamOfUser(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select('team_id')
    .where('id', '=', userId)
    .executeTakeFirst()
    .then((row) => row?.team_id ?? null);
}

export async function existsInPlan(
  db: Db,
  table: 'plan_area' | 'plan_activity' | 'team',
  planId: string,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function departmentInArea(db: Db, planId: string, departmentId: string, areaId: string) {
  const row = await db
    .selectFrom('plan_department')
    .select('id')
    .where('plan_id', '=', planId)
    .where('id', '=', departmentId)
    .where('area_id', '=', areaId)
    .executeTakeFirst();
  return row !== undefined;
}
