import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { RehousingReminderTable } from '../tables.ts';

const cancelled = (column: string) =>
  sql<boolean>`exists (select 1 from household_event v where v.type = 'voided' and v.voids_event_id = ${sql.ref(column)})`;

/**
 * Offers still unanswered whose deadline is at most `daysBefore` days away (and not passed), whose
 * household has a responsible worker and no reminder yet. Voided offers and voided answers count
 * as never made. Across all plans: the reminder job runs for the whole installation.
 */
export function listDueOffers(db: Db, today: string, daysBefore: number) {
  return db
    .selectFrom('household_event as o')
    .innerJoin('rehousing_household as h', 'h.id', 'o.household_id')
    .innerJoin('rehousing_phase as p', 'p.id', 'h.phase_id')
    .innerJoin('app_user as u', 'u.id', 'h.responsible_user_id')
    .select([
      'o.id',
      'o.plan_id',
      'o.organisation',
      'o.answer_deadline',
      'h.id as household_id',
      'h.contact_name',
      'p.name as phase_name',
      'u.id as user_id',
      'u.email',
      'u.display_name',
    ])
    .where('o.type', '=', 'offer_made')
    .where('h.erased_at', 'is', null)
    .where('u.is_active', '=', true)
    .where(sql<boolean>`o.answer_deadline >= ${today}::date`)
    .where(sql<boolean>`o.answer_deadline - ${daysBefore}::int <= ${today}::date`)
    .where(sql<boolean>`not ${cancelled('o.id')}`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('household_event as a')
            .select('a.id')
            .where((eb) =>
              eb.or([
                eb.and([
                  eb('a.offer_id', '=', eb.ref('o.id')),
                  eb('a.type', 'in', ['offer_accepted', 'offer_declined', 'offer_withdrawn']),
                ]),
                eb.and([eb('a.household_id', '=', eb.ref('o.household_id')), eb('a.type', '=', 'moved')]),
              ]),
            )
            .where(sql<boolean>`not ${cancelled('a.id')}`),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('rehousing_reminder as r')
            .select('r.offer_event_id')
            .whereRef('r.offer_event_id', '=', 'o.id'),
        ),
      ),
    )
    .orderBy('o.answer_deadline')
    .limit(200)
    .execute();
}

/** Claims the reminder of one offer; undefined when another run already claimed it. */
export function claimReminder(db: Db, values: Insertable<RehousingReminderTable>) {
  return db
    .insertInto('rehousing_reminder')
    .values(values)
    .onConflict((oc) => oc.column('offer_event_id').doNothing())
    .returning('offer_event_id')
    .executeTakeFirst();
}
