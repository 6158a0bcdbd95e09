import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { RehousingReminderTable } from '../tables.ts';

// The reminder job's reads and writes. Across all plans: the job runs for the whole installation.

const cancelled = (column: string) =>
  sql<boolean>`exists (select 1 from household_event v where v.type = 'voided' and v.voids_event_id = ${sql.ref(column)})`;

/**
 * Offers still open: not voided, of a household not erased, with no answer, no expiry and no move
 * of the household that counts. Voided answers, expiries and moves count as never made.
 */
function openOffers(db: Db) {
  return db
    .selectFrom('household_event as o')
    .innerJoin('rehousing_household as h', 'h.id', 'o.household_id')
    .where('o.type', '=', 'offer_made')
    .where('h.erased_at', 'is', null)
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
                  eb('a.type', 'in', [
                    'offer_accepted',
                    'offer_declined',
                    'offer_withdrawn',
                    'offer_expired',
                  ]),
                ]),
                eb.and([eb('a.household_id', '=', eb.ref('o.household_id')), eb('a.type', '=', 'moved')]),
              ]),
            )
            .where(sql<boolean>`not ${cancelled('a.id')}`),
        ),
      ),
    );
}

const noReminder = (kind: 'deadline' | 'expired') =>
  sql<boolean>`not exists (select 1 from rehousing_reminder r where r.offer_event_id = o.id and r.kind = ${kind})`;

/** What a reminder mail names: the offer, the household, its phase and its responsible worker. */
function withRecipient(query: ReturnType<typeof openOffers>) {
  return query
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
    .where('u.is_active', '=', true);
}

export type ReminderOffer = Awaited<ReturnType<typeof listDueOffers>>[number];

/**
 * Open offers whose deadline is at most `daysBefore` days away (and not passed), whose household has
 * a responsible worker and no reminder yet.
 */
export function listDueOffers(db: Db, today: string, daysBefore: number) {
  return withRecipient(openOffers(db))
    .where(sql<boolean>`o.answer_deadline >= ${today}::date`)
    .where(sql<boolean>`o.answer_deadline - ${daysBefore}::int <= ${today}::date`)
    .where(noReminder('deadline'))
    .orderBy('o.answer_deadline')
    .limit(200)
    .execute();
}

/**
 * Open offers whose deadline has passed and that never expired: an expiry a worker voided is not
 * made again.
 */
export function listOverdueOffers(db: Db, today: string) {
  return openOffers(db)
    .select(['o.id', 'o.plan_id', 'o.household_id'])
    .select(sql<string>`to_char(o.answer_deadline + 1, 'YYYY-MM-DD')`.as('expires_on'))
    .where(sql<boolean>`o.answer_deadline < ${today}::date`)
    .where(
      sql<boolean>`not exists (select 1 from household_event x where x.type = 'offer_expired' and x.offer_id = o.id)`,
    )
    .orderBy('o.answer_deadline')
    .limit(200)
    .execute();
}

/**
 * Offers that expired by the job since `since` (the expiry not voided), whose responsible worker has
 * not been told yet. Older expiries are not told about: a mail set up late does not send a backlog.
 */
export function listExpiryNotices(db: Db, since: Date) {
  return withRecipient(
    db
      .selectFrom('household_event as o')
      .innerJoin('rehousing_household as h', 'h.id', 'o.household_id')
      .innerJoin('household_event as x', 'x.offer_id', 'o.id')
      .where('x.type', '=', 'offer_expired')
      .where('x.created_at', '>=', since)
      .where('h.erased_at', 'is', null)
      .where(sql<boolean>`not ${cancelled('x.id')}`),
  )
    .where(noReminder('expired'))
    .orderBy('o.answer_deadline')
    .limit(200)
    .execute();
}

/** Locks one household for the job (no actor scope: the job acts for the installation). */
export function lockHouseholdForJob(db: Db, householdId: string) {
  return db
    .selectFrom('rehousing_household')
    .select(['id', 'erased_at'])
    .where('id', '=', householdId)
    .forUpdate()
    .executeTakeFirst();
}

/** Appends the expiry of one offer; undefined when it already expired once. */
export function insertExpiry(
  db: Db,
  values: { plan_id: string; household_id: string; offer_id: string; occurred_on: string },
) {
  return db
    .insertInto('household_event')
    .values({ ...values, type: 'offer_expired' })
    .onConflict((oc) => oc.column('offer_id').where('type', '=', 'offer_expired').doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Claims the reminder of one offer; undefined when another run already claimed it. */
export function claimReminder(db: Db, values: Insertable<RehousingReminderTable>) {
  return db
    .insertInto('rehousing_reminder')
    .values(values)
    .onConflict((oc) => oc.columns(['offer_event_id', 'kind']).doNothing())
    .returning('offer_event_id')
    .executeTakeFirst();
}
