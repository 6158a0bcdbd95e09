import type { Db } from '../../../platform/db/database.ts';
import { perSubjectRule } from '../../../platform/retention/run.ts';
import { erasePersonalData } from '../queries/households.ts';
import { listDueForRetention } from '../queries/retention.ts';

/** Erases one household: the step a restore re-applies from the erasure journal. */
export const eraseHousehold = (db: Db, id: string) => erasePersonalData(db, id);

/** Households erased the residents' period after their rehousing ended, each in its own transaction. */
export const householdRetention = perSubjectRule(
  'rehousing_household',
  listDueForRetention,
  erasePersonalData,
);
