import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { RehousingLetterTable } from '../tables.ts';

// The plan's letter template and the log of letters sent or printed.

export function findTemplate(db: Db, planId: string) {
  return db
    .selectFrom('rehousing_letter_template')
    .select(['subject', 'body', 'updated_at'])
    .where('plan_id', '=', planId)
    .executeTakeFirst();
}

/** One template per plan: the first save inserts it, later saves replace subject and body. */
export function upsertTemplate(db: Db, planId: string, input: { subject: string; body: string }) {
  return db
    .insertInto('rehousing_letter_template')
    .values({ plan_id: planId, subject: input.subject, body: input.body })
    .onConflict((oc) =>
      oc.column('plan_id').doUpdateSet({ subject: input.subject, body: input.body, updated_at: new Date() }),
    )
    .execute();
}

export function insertLetter(db: Db, values: Insertable<RehousingLetterTable>) {
  return db.insertInto('rehousing_letter').values(values).execute();
}

export function listLettersOfHousehold(db: Db, householdId: string) {
  return db
    .selectFrom('rehousing_letter')
    .select(['id', 'offer_event_id', 'method', 'sent_to', 'created_at'])
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .execute();
}
