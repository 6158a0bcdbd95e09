import type { Db } from '../../../platform/db/database.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { erasePersonalData } from '../queries/households.ts';
import { listDueForRetention } from '../queries/retention.ts';

/** Erases each due household in its own transaction as `system:retention`; returns how many. */
export async function runHouseholdRetention(db: Db, cutoff: string): Promise<number> {
  const due = await listDueForRetention(db, cutoff);
  for (const row of due) {
    await withTransaction(db, systemActor('retention', row.plan_id), (trx) => erasePersonalData(trx, row.id));
  }
  return due.length;
}
