import { findPlanBySlug, insertPlan } from '../modules/plan/queries.ts';
import { ODENSE_PLAN } from '../modules/plan/seed-odense.ts';
import { generateOneTimePassword } from './auth/passwords.ts';
import type { Db } from './db/database.ts';
import { systemActor, withTransaction } from './db/transaction.ts';
import { countUsers } from './users/queries.ts';
import { createUser } from './users/service.ts';

export const FIRST_ADMIN_EMAIL = 'admin@helhed.local';

/** Loads the Odense plan into an empty installation. Safe to call on every start. */
export async function seedOdensePlan(db: Db): Promise<{ id: string; created: boolean }> {
  const existing = await findPlanBySlug(db, ODENSE_PLAN.slug);
  if (existing) return { id: existing.id, created: false };
  const plan = await withTransaction(db, systemActor('seed'), (trx) => insertPlan(trx, ODENSE_PLAN));
  return { id: plan.id, created: true };
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
