import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import type { RehousingFollowupTable } from '../tables.ts';

// The brobygger's follow-up after a move. Callers pass a household already found in scope.

export function insertFollowup(db: Db, values: Insertable<RehousingFollowupTable>) {
  return db
    .insertInto('rehousing_followup')
    .values(values)
    .onConflict((oc) => oc.constraint('rehousing_followup_client_key').doNothing())
    .execute();
}

export function listFollowupsOfHousehold(db: Db, householdId: string) {
  return db
    .selectFrom('rehousing_followup')
    .leftJoin('app_user', 'app_user.id', 'rehousing_followup.recorded_by')
    .selectAll('rehousing_followup')
    .select('app_user.display_name as recorded_by_name')
    .where('household_id', '=', householdId)
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute();
}
