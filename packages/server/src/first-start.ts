import { loadOdensePlan } from './modules/plan/index.ts';
import { seedProgramVollsmose } from './modules/program/index.ts';
import { generateOneTimePassword } from './platform/auth/passwords.ts';
import type { Db } from './platform/db/database.ts';
import { systemActor, withTransaction } from './platform/db/transaction.ts';
import { countUsers } from './platform/users/queries.ts';
import { createUser } from './platform/users/service.ts';

// What a fresh installation needs before anyone signs in: the plan with its content, the program
// above it, and one administrator. Lives beside app.ts, not in the platform, because it reaches
// into several modules; the platform imports no module.

export const FIRST_ADMIN_EMAIL = 'admin@helhed.local';

/**
 * Loads the Odense plan (areas, indsatsområder, goals, indicators, activities) into an empty
 * installation in one transaction. Safe to call on every start: a plan that already has content
 * is left alone, and a plan created before the content existed gets it once.
 */
export async function seedOdensePlan(db: Db): Promise<{ id: string; created: boolean }> {
  return withTransaction(db, systemActor('seed'), async (trx) => {
    const plan = await loadOdensePlan(trx);
    // Program Vollsmose above the plan, with the area's earlier plans (issue 9).
    await seedProgramVollsmose(trx);
    return plan;
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
