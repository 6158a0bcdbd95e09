import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

// The second factor's rows (migration 0022). Every write that spends a code is one conditional
// UPDATE, so two requests with the same code cannot both succeed.

export function findFactor(db: Db, userId: string) {
  return db
    .selectFrom('user_totp')
    .select(['id', 'secret', 'confirmed_at', 'last_used_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function hasConfirmedFactor(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_totp')
    .select('id')
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A new, unconfirmed factor; replaces a set-up in progress, never a confirmed factor. One statement,
 * so two set-ups at once both succeed (the later secret wins). False when a confirmed factor is there.
 */
export async function upsertUnconfirmedFactor(db: Db, planId: string, userId: string, secret: string) {
  const row = await db
    .insertInto('user_totp')
    .values({ plan_id: planId, user_id: userId, secret })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret, last_used_step: null, created_at: sql<Date>`now()` })
        .where('user_totp.confirmed_at', 'is', null),
    )
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Spends a time step: true only if it is later than every step accepted before. */
export async function spendStep(db: Db, userId: string, step: number, confirm: boolean): Promise<boolean> {
  const result = await db
    .updateTable('user_totp')
    .set({
      last_used_step: String(step),
      ...(confirm ? { confirmed_at: sql<Date>`now()` } : {}),
    })
    .where('user_id', '=', userId)
    .where('confirmed_at', confirm ? 'is' : 'is not', null)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', String(step))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function unusedRecoveryCodes(db: Db, userId: string) {
  return db
    .selectFrom('user_recovery_code')
    .select(['id', 'salt', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Spends a recovery code: true only for the one request that marks it used. */
export async function spendRecoveryCode(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('user_recovery_code')
    .set({ used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(
  db: Db,
  planId: string,
  userId: string,
  codes: ReadonlyArray<{ salt: Buffer; codeHash: Buffer }>,
) {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_recovery_code')
    .values(codes.map((c) => ({ plan_id: planId, user_id: userId, salt: c.salt, code_hash: c.codeHash })))
    .execute();
}

/** Removes the factor and its recovery codes; returns whether a confirmed factor was there. */
export async function deleteFactor(db: Db, userId: string): Promise<boolean> {
  await db.deleteFrom('user_recovery_code').where('user_id', '=', userId).execute();
  const result = await db
    .deleteFrom('user_totp')
    .where('user_id', '=', userId)
    .returning('confirmed_at')
    .executeTakeFirst();
  return result?.confirmed_at != null;
}

/** Counts a wrong code against a pending session; returns the count so far. */
export async function countFailedCode(db: Db, sessionId: string): Promise<number> {
  const row = await db
    .updateTable('user_session')
    .set((eb) => ({ failed_codes: eb('failed_codes', '+', 1) }))
    .where('id', '=', sessionId)
    .where('state', '=', 'pending-second-factor')
    .returning('failed_codes')
    .executeTakeFirst();
  return row?.failed_codes ?? Number.POSITIVE_INFINITY;
}

/** The pending session becomes active under a new token and CSRF token (the old token is dead). */
export async function activateSession(
  db: Db,
  sessionId: string,
  fresh: { tokenHash: Buffer; csrfToken: string },
): Promise<boolean> {
  const result = await db
    .updateTable('user_session')
    .set({ state: 'active', failed_codes: 0, token_hash: fresh.tokenHash, csrf_token: fresh.csrfToken })
    .where('id', '=', sessionId)
    .where('state', '=', 'pending-second-factor')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
