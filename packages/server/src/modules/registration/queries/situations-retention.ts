import type { Db } from '../../../platform/db/database.ts';

/** Plans with a tryghed contact or CKS meeting dated before `cutoff` whose free text is still there. */
export async function plansWithSituationsBefore(db: Db, cutoff: string, marker: string): Promise<string[]> {
  const safety = await db
    .selectFrom('safety_contact')
    .select('plan_id')
    .distinct()
    .where('occurred_on', '<', cutoff)
    .where('situation', '!=', marker)
    .execute();
  const cks = await db
    .selectFrom('cks_meeting')
    .select('plan_id')
    .distinct()
    .where('held_on', '<', cutoff)
    .where('agreements', 'is not', null)
    .execute();
  return [...new Set([...safety, ...cks].map((row) => row.plan_id))];
}

/**
 * Removes the free text of one plan's tryghed contacts and CKS meetings dated before `cutoff`: place,
 * situation (replaced by `marker`, the column requires a text) and follow-up, and the CKS agreements.
 * The rows stay, so the reports still count them per area and quarter. Returns the rows changed.
 */
export async function anonymiseSituationsBefore(db: Db, planId: string, cutoff: string, marker: string) {
  const safety = await db
    .updateTable('safety_contact')
    .set({ situation: marker, place: null, follow_up: null })
    .where('plan_id', '=', planId)
    .where('occurred_on', '<', cutoff)
    .where('situation', '!=', marker)
    .executeTakeFirst();
  const cks = await db
    .updateTable('cks_meeting')
    .set({ agreements: null })
    .where('plan_id', '=', planId)
    .where('held_on', '<', cutoff)
    .where('agreements', 'is not', null)
    .executeTakeFirst();
  return Number(safety.numUpdatedRows) + Number(cks.numUpdatedRows);
}
