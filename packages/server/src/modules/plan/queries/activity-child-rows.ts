import type { Db } from '../../../platform/db/database.ts';

// An activity's target-group and session rows with their ids, so an edit can change a row in place
// (keeping the columns an edit does not carry: as_written, source, topics, and the id that
// registration's course sessions point at) instead of deleting and inserting the whole list.

export function listTargetGroupRows(db: Db, planId: string, activityId: string) {
  return db
    .selectFrom('plan_activity_target_group')
    .select(['id', 'position', 'description', 'area_id', 'count', 'as_written', 'source'])
    .where('plan_id', '=', planId)
    .where('activity_id', '=', activityId)
    .orderBy('position')
    .execute();
}
export type TargetGroupRow = Awaited<ReturnType<typeof listTargetGroupRows>>[number];

export function updateTargetGroupRow(
  db: Db,
  planId: string,
  id: string,
  changes: Partial<Pick<TargetGroupRow, 'position' | 'description' | 'area_id' | 'count' | 'as_written'>>,
) {
  return db
    .updateTable('plan_activity_target_group')
    .set(changes)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .execute();
}

export function insertTargetGroupRow(
  db: Db,
  row: {
    plan_id: string;
    activity_id: string;
    position: number;
    description: string;
    area_id: string | null;
    count: number | null;
  },
) {
  return db.insertInto('plan_activity_target_group').values(row).execute();
}

export function listSessionRows(db: Db, planId: string, activityId: string) {
  return db
    .selectFrom('plan_activity_session')
    .select(['id', 'number', 'title', 'description'])
    .where('plan_id', '=', planId)
    .where('activity_id', '=', activityId)
    .orderBy('number')
    .execute();
}

export function updateSessionRow(
  db: Db,
  planId: string,
  id: string,
  changes: { title?: string; description?: string | null },
) {
  return db
    .updateTable('plan_activity_session')
    .set(changes)
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .execute();
}

export function insertSessionRow(
  db: Db,
  row: {
    plan_id: string;
    activity_id: string;
    number: number;
    title: string;
    description: string | null;
    topics: string;
  },
) {
  return db.insertInto('plan_activity_session').values(row).execute();
}

/** Deletes rows of one child table by id, within the plan. */
export async function deleteChildRows(
  db: Db,
  planId: string,
  table: 'plan_activity_target_group' | 'plan_activity_session',
  ids: string[],
) {
  if (ids.length === 0) return;
  await db.deleteFrom(table).where('plan_id', '=', planId).where('id', 'in', ids).execute();
}
