import type { Db } from '../../../platform/db/database.ts';

// Tryghed contacts, CKS meetings and course evaluations dated before the cut-off lose their free
// text; the rows stay, so the reports still count them per area and quarter (decision 0022).

/** Plans with a tryghed contact before `cutoff` whose free text is still there, and how many. */
export function safetyContactsBefore(db: Db, cutoff: string, marker: string) {
  return db
    .selectFrom('safety_contact')
    .select(['plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('occurred_on', '<', cutoff)
    .where('situation', '!=', marker)
    .groupBy('plan_id')
    .execute();
}

/** Place, situation (replaced by `marker`: the column requires a text) and follow-up go. */
export async function anonymiseSafetyContacts(db: Db, planId: string, cutoff: string, marker: string) {
  const result = await db
    .updateTable('safety_contact')
    .set({ situation: marker, place: null, follow_up: null })
    .where('plan_id', '=', planId)
    .where('occurred_on', '<', cutoff)
    .where('situation', '!=', marker)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function cksMeetingsBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('cks_meeting')
    .select(['plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('held_on', '<', cutoff)
    .where('agreements', 'is not', null)
    .groupBy('plan_id')
    .execute();
}

export async function anonymiseCksMeetings(db: Db, planId: string, cutoff: string) {
  const result = await db
    .updateTable('cks_meeting')
    .set({ agreements: null })
    .where('plan_id', '=', planId)
    .where('held_on', '<', cutoff)
    .where('agreements', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Courses that ended before `cutoff` and still hold the worker's own evaluation. */
export function courseEvaluationsBefore(db: Db, cutoff: string) {
  return db
    .selectFrom('group_course')
    .select(['plan_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('ends_on', '<', cutoff)
    .where('evaluation', 'is not', null)
    .groupBy('plan_id')
    .execute();
}

/** The worker's evaluation goes; the text a leader checked and published to the videnbase stays. */
export async function clearCourseEvaluations(db: Db, planId: string, cutoff: string) {
  const result = await db
    .updateTable('group_course')
    .set({ evaluation: null })
    .where('plan_id', '=', planId)
    .where('ends_on', '<', cutoff)
    .where('evaluation', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
