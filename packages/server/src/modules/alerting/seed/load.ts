import type { Db } from '../../../platform/db/database.ts';
import { insertOrganisations, insertSettings } from '../queries/contacts.ts';
import { newSecret } from '../service/tokens.ts';
import { ORGANISATIONS } from './beredskab.ts';

/**
 * The plan's organisations (the action card's) and its signing secret, before the module is used;
 * idempotent, safe to call on every start.
 */
export async function seedAlertingForPlan(db: Db, planId: string): Promise<void> {
  await insertOrganisations(db, planId, ORGANISATIONS);
  await insertSettings(db, planId, newSecret());
}
