import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';

/**
 * Households whose personal data is due for deletion after the residents' period (decision 0022): not erased, rehousing finished (moved permanently, or returned after a
 * temporary move; a voided event does not count), and the last event and the last follow-up before
 * the cut-off day. A household still waiting or temporarily rehoused is kept.
 */
export function listDueForRetention(db: Db, cutoff: string) {
  return sql<{ id: string; plan_id: string }>`
    select h.id, h.plan_id from rehousing_household h
    where h.erased_at is null
      and exists (select 1 from household_event e
                  where e.household_id = h.id
                    and ((e.type = 'moved' and e.move_kind = 'permanent') or e.type = 'returned')
                    and not exists (select 1 from household_event v
                                    where v.type = 'voided' and v.voids_event_id = e.id))
      and greatest(
            (select max(e.occurred_on) from household_event e where e.household_id = h.id),
            (select max(f.occurred_on) from rehousing_followup f where f.household_id = h.id)
          ) < ${cutoff}::date`
    .execute(db)
    .then((result) => result.rows);
}
