import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { PlanActivityContinuationTable } from '../tables.ts';

// The program module's SQL for lines of work: an activity carried on from an earlier plan's activity.

export function listContinuations(db: Db) {
  return db
    .selectFrom('plan_activity_continuation')
    .select(['id', 'plan_id', 'activity_id', 'previous_plan_id', 'previous_activity_id', 'note'])
    .execute();
}

/** The named activities that belong to one of the given plans, with their plan's start. */
export function listActivitiesWithPlanStart(db: Db, activityIds: string[], planIds: string[]) {
  return db
    .selectFrom('plan_activity as a')
    .innerJoin('plan as p', 'p.id', 'a.plan_id')
    .select(['a.id', 'a.plan_id', 'p.period_start'])
    .where('a.id', 'in', activityIds)
    .where('a.plan_id', 'in', planIds)
    .execute();
}

/** Inserts a continuation; undefined when the same link already exists. */
export function insertContinuationIfNew(db: Db, values: Insertable<PlanActivityContinuationTable>) {
  return db
    .insertInto('plan_activity_continuation')
    .values(values)
    .onConflict((oc) => oc.constraint('plan_activity_continuation_key').doNothing())
    .returning('id')
    .executeTakeFirst();
}

export function findContinuationId(db: Db, activityId: string, previousActivityId: string) {
  return db
    .selectFrom('plan_activity_continuation')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('previous_activity_id', '=', previousActivityId)
    .executeTakeFirstOrThrow();
}

/** Deletes one continuation whose two plans are both among the given ones; undefined when none. */
export function deleteContinuation(db: Db, id: string, planIds: string[]) {
  return db
    .deleteFrom('plan_activity_continuation')
    .where('id', '=', id)
    .where('plan_id', 'in', planIds)
    .where('previous_plan_id', 'in', planIds)
    .returning(['id', 'activity_id', 'previous_activity_id'])
    .executeTakeFirst();
}
