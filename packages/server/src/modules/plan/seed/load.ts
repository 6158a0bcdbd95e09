import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.ts';
import { findPlanBySlug, insertPlan, lockPlanSeed } from '../queries/plans.ts';
import { insertPlanContent, planHasContent } from '../queries/seed.ts';
import { ODENSE_PLAN } from './odense.ts';
import { readOdenseSeed } from './seed-types.ts';

/**
 * Loads the Odense plan (areas, indsatsområder, goals, indicators, activities) in the caller's
 * transaction. Safe on every start: a plan that already has content is left alone, and a plan
 * created before the content existed gets it once.
 */
export async function loadOdensePlan(trx: Transaction<Database>): Promise<{ id: string; created: boolean }> {
  // Two processes starting at once on a fresh database must not both load the plan.
  await lockPlanSeed(trx);
  const existing = await findPlanBySlug(trx, ODENSE_PLAN.slug);
  const plan = existing ?? (await insertPlan(trx, ODENSE_PLAN));
  if (!(await planHasContent(trx, plan.id))) await insertPlanContent(trx, plan.id, readOdenseSeed());
  return { id: plan.id, created: !existing };
}
