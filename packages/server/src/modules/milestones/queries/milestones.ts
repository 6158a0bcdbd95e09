import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { MilestoneTable } from '../tables.ts';

// The milepælsplan's SQL. Every query is filtered by the plan taken from the session (or, for the
// exports, by the plan the caller names). The plan's delaftaler and activities are read as data,
// as the reports read them; the plan module owns and changes them.

/** Roles that may be responsible for a milestone: the plan's own staff, not the board or partners. */
export const STAFF_ROLES = ['admin', 'leader', 'worker'] as const;

/** The plan's delaftaler with their indsatsområde, in the plan's order. */
export function listSubAgreements(db: Db, planId: string) {
  return db
    .selectFrom('plan_sub_agreement as sa')
    .innerJoin('plan_focus_area as fa', 'fa.id', 'sa.focus_area_id')
    .select(['sa.id', 'sa.name', 'fa.id as focus_area_id', 'fa.slug', 'fa.name as focus_area_name'])
    .where('sa.plan_id', '=', planId)
    .orderBy('fa.position')
    .execute();
}

/** The plan's activities with their indsatsområde, in the plan's order. */
export function listActivities(db: Db, planId: string) {
  return db
    .selectFrom('plan_activity')
    .select(['id', 'name', 'focus_area_id'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

/** The plan's milestones (not removed) with the names they are shown with, in the plan's order. */
export function listMilestoneRows(db: Db, planId: string) {
  return db
    .selectFrom('milestone as m')
    .innerJoin('plan_sub_agreement as sa', 'sa.id', 'm.sub_agreement_id')
    .innerJoin('plan_focus_area as fa', 'fa.id', 'sa.focus_area_id')
    .innerJoin('app_user as u', 'u.id', 'm.responsible_user_id')
    .leftJoin('plan_activity as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.sub_agreement_id',
      'm.activity_id',
      'm.due_on',
      'm.text',
      'm.responsible_user_id',
      'm.status',
      'm.done_on',
      'm.updated_at',
      'sa.name as sub_agreement_name',
      'fa.slug as focus_area_slug',
      'fa.name as focus_area_name',
      'a.name as activity_name',
      'u.display_name as responsible_name',
    ])
    .where('m.plan_id', '=', planId)
    .where('m.removed_at', 'is', null)
    .orderBy('fa.position')
    .orderBy('m.due_on')
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
}
export type MilestoneRow = Awaited<ReturnType<typeof listMilestoneRows>>[number];

export function findMilestone(db: Db, planId: string, id: string) {
  return db
    .selectFrom('milestone')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export function insertMilestone(db: Db, values: Insertable<MilestoneTable>) {
  return db
    .insertInto('milestone')
    .values(values)
    .onConflict((oc) => oc.constraint('milestone_client_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findMilestoneIdByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('milestone')
    .select('id')
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export function updateMilestone(db: Db, planId: string, id: string, changes: Updateable<MilestoneTable>) {
  return db
    .updateTable('milestone')
    .set({ ...changes, updated_at: new Date() })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

export function removeMilestone(db: Db, planId: string, id: string) {
  return db
    .updateTable('milestone')
    .set({ removed_at: new Date() })
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
}

/** An active staff member of the plan, or undefined. */
export function findResponsible(db: Db, planId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .where('is_active', '=', true)
    .where('role', 'in', STAFF_ROLES)
    .executeTakeFirst();
}

export function listResponsibles(db: Db, planId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role'])
    .where('plan_id', '=', planId)
    .where('is_active', '=', true)
    .where('role', 'in', STAFF_ROLES)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}

/** When the milepælsplan last changed: a milestone added, edited or removed; null when none ever was. */
export async function lastMilestoneChange(db: Db, planId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('milestone')
    .select(sql<Date | null>`max(greatest(updated_at, coalesce(removed_at, updated_at)))`.as('changed_at'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return row?.changed_at ?? null;
}

export function findPlanName(db: Db, planId: string) {
  return db.selectFrom('plan').select(['name', 'slug']).where('id', '=', planId).executeTakeFirstOrThrow();
}
