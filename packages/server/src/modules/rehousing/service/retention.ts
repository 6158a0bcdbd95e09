import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import type { RetentionRule } from '../../../platform/retention/run.ts';
import { erasePersonalData } from '../queries/households.ts';
import { listDueForRetention } from '../queries/retention.ts';

/** Erases one household: the step a restore re-applies from the erasure journal. */
export const eraseHousehold = (db: Db, id: string) => erasePersonalData(db, id);

/** Households erased the residents' period after their rehousing ended, each in its own transaction. */
export const householdRetention: RetentionRule = {
  table: 'rehousing_household',
  category: 'residents',
  count: async (db, cutoff) => (await listDueForRetention(db, cutoff)).length,
  async apply(db, cutoff) {
    const due = await listDueForRetention(db, cutoff);
    for (const row of due) {
      await withTransaction(db, systemActor('retention', row.plan_id), (trx) =>
        erasePersonalData(trx, row.id),
      );
    }
    return due.length;
  },
};
