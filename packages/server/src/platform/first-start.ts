import { findPlanBySlug, insertPlan, lockPlanSeed } from '../modules/plan/queries.ts';
import { insertPlanContent, planHasContent } from '../modules/plan/queries-seed.ts';
import { readOdenseSeed } from '../modules/plan/seed/seed-types.ts';
import { ODENSE_PLAN } from '../modules/plan/seed-odense.ts';
import { seedProgramVollsmose } from '../modules/program/seed-program.ts';
import { generateOneTimePassword } from './auth/passwords.ts';
import type { Db } from './db/database.ts';
import { systemActor, withTransaction } from './db/transaction.ts';
import { countUsers } from './users/queries.ts';
import { createUser } from './users/service.ts';

export const FIRST_ADMIN_EMAIL = 'admin@helhed.local';

/**
 * Loads the Odense plan (areas, indsatsområder, goals, indicators, activities) into an empty
 * installation in one transaction. Safe to call on every start: a plan that already has content
 * is left alone, and a plan created before the content existed gets it once.
 */
export async function seedOdensePlan(db: Db): Promise<{ id: string; created: boolean }> {
  return withTransaction(db, systemActor('seed'), async (trx) => {
    // Two processes starting at once on a fresh database must not both load the plan.
    await lockPlanSeed(trx);
    const existing = await findPlanBySlug(trx, ODENSE_PLAN.slug);
    const plan = existing ?? (await insertPlan(trx, ODENSE_PLAN));
    if (!(await planHasContent(trx, plan.id))) await insertPlanContent(trx, plan.id, readOdenseSeed());
    // Program Vollsmose above the plan, with the area's earlier plans (issue 9).
    await seedProgramVollsmose(trx);
    return { id: plan.id, created: !existing };
  });
}

/**
 * On an installation with no users, creates an administrator with a random one-time password
 * and returns it so that it can be printed once. There is no default password anywhere.
 */
export async function createFirstAdminIfNone(
  db: Db,
  planId: string,
): Promise<{ email: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = generateOneTimePassword();
  await createUser(db, systemActor('first-start', planId), planId, {
    clientKey: crypto.randomUUID(),
    email: FIRST_ADMIN_EMAIL,
    displayName: 'Administrator',
    role: 'admin',
    password,
    mustChangePassword: true,
  });
  return { email: FIRST_ADMIN_EMAIL, password };
}
