import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { listEventsOfHousehold, toDomain } from '../queries/events.ts';
import { insertExpiry, listOverdueOffers, lockHouseholdForJob } from '../queries/reminders.ts';
import { checkHistory, HistoryError } from './domain/status.ts';

/**
 * Offers past their deadline without an answer become "udløbet" by themselves: each gets one
 * `offer_expired` event, dated the day after the deadline, recorded by the system (the row trigger
 * audits it). A worker who knows the family answered in time voids the expiry; it is not made again.
 * Each offer expires in its own transaction with its household locked, as a worker's event is, and
 * only if the household's history stays possible. Returns how many offers expired.
 */
export async function expireOverdueOffers(db: Db, today: string): Promise<number> {
  let expired = 0;
  for (const offer of await listOverdueOffers(db, today)) {
    const done = await withTransaction(db, systemActor('genhusning-udløb', offer.plan_id), async (trx) => {
      const household = await lockHouseholdForJob(trx, offer.household_id);
      if (!household || household.erased_at) return false;
      const history = (await listEventsOfHousehold(trx, offer.plan_id, offer.household_id)).map(toDomain);
      try {
        checkHistory([
          ...history,
          {
            id: 'expiry',
            householdId: offer.household_id,
            type: 'offer_expired',
            occurredOn: offer.expires_on,
            seq: Math.max(0, ...history.map((event) => event.seq)) + 1,
            offerId: offer.id,
          },
        ]);
      } catch (error) {
        if (error instanceof HistoryError) return false;
        throw error;
      }
      const row = await insertExpiry(trx, {
        plan_id: offer.plan_id,
        household_id: offer.household_id,
        offer_id: offer.id,
        occurred_on: offer.expires_on,
      });
      return row !== undefined;
    });
    if (done) expired += 1;
  }
  return expired;
}
