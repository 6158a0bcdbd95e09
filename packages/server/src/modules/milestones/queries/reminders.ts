import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

// The reminder job's reads and writes, across all plans: the job runs for the whole installation.

/**
 * Milestones not done and not removed whose date is at most `daysBefore` days away (and not passed),
 * whose responsible person is active, and who has not been reminded of this date yet.
 */
export function listDueMilestones(db: Db, today: string, daysBefore: number) {
  return db
    .selectFrom('milestone as m')
    .innerJoin('app_user as u', 'u.id', 'm.responsible_user_id')
    .innerJoin('plan_sub_agreement as sa', 'sa.id', 'm.sub_agreement_id')
    .leftJoin('plan_activity as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.plan_id',
      'm.due_on',
      'm.text',
      'sa.name as sub_agreement_name',
      'a.name as activity_name',
      'u.id as user_id',
      'u.email',
      'u.display_name',
    ])
    .where('m.removed_at', 'is', null)
    .where('m.status', '<>', 'done')
    .where('u.is_active', '=', true)
    .where(sql<boolean>`m.due_on >= ${today}::date`)
    .where(sql<boolean>`m.due_on - ${daysBefore}::int <= ${today}::date`)
    .where(
      sql<boolean>`not exists (select 1 from milestone_reminder r where r.milestone_id = m.id and r.due_on = m.due_on)`,
    )
    .orderBy('m.due_on')
    .orderBy('m.id')
    .limit(200)
    .execute();
}
export type DueMilestone = Awaited<ReturnType<typeof listDueMilestones>>[number];

/** Claims the reminder of one milestone's date; undefined when another run already claimed it. */
export function claimMilestoneReminder(
  db: Db,
  values: { plan_id: string; milestone_id: string; due_on: string; user_id: string },
) {
  return db
    .insertInto('milestone_reminder')
    .values(values)
    .onConflict((oc) => oc.constraint('milestone_reminder_once').doNothing())
    .returning('id')
    .executeTakeFirst();
}
