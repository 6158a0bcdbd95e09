import type { Db } from '../../../platform/db/database.ts';

/** Who read or changed one household, for the art. 15 export. */
export function listAuditLogOfHousehold(db: Db, planId: string, householdId: string) {
  return db
    .selectFrom('audit_event')
    .select(['occurred_at', 'action', 'entity_type', 'purpose'])
    .where('plan_id', '=', planId)
    .where('entity_type', '=', 'rehousing_household')
    .where('entity_id', '=', householdId)
    .orderBy('occurred_at')
    .execute();
}
