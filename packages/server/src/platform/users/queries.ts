import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

const USER_COLUMNS = [
  'id',
  'email',
  'display_name',
  'role',
  'is_active',
  'must_change_password',
  'created_at',
  'last_sign_in_at',
  'team_id',
  'identity_issuer',
] as const;

export type UserRow = Awaited<ReturnType<typeof listUsersOfPlan>>[number];

export function listUsersOfPlan(db: Db, planId: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('plan_id', '=', planId)
    .orderBy('email')
    .execute();
}

export function findUserByClientKey(db: Db, planId: string, clientKey: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('plan_id', '=', planId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export function setUserTeam(db: Db, planId: string, userId: string, teamId: string | null) {
  return db
    .updateTable('app_user')
    .set({ team_id: teamId })
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}

export function findUserOfPlan(db: Db, planId: string, userId: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The CLI finds accounts by e-mail; e-mails are unique across plans. */
export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select([...USER_COLUMNS, 'plan_id'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function updateUser(
  db: Db,
  planId: string,
  userId: string,
  patch: Partial<{ role: string; is_active: boolean; password_hash: string; must_change_password: boolean }>,
) {
  return db
    .updateTable('app_user')
    .set(patch)
    .where('plan_id', '=', planId)
    .where('id', '=', userId)
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}

/** Serialises account changes within a plan until the transaction ends. */
export async function lockPlanAccounts(db: Db, planId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`accounts:${planId}`}))`.execute(db);
}

/** Active administrators of the plan other than `exceptUserId`. */
export function countOtherActiveAdmins(db: Db, planId: string, exceptUserId: string) {
  return db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('plan_id', '=', planId)
    .where('role', '=', 'admin')
    .where('is_active', '=', true)
    .where('id', '!=', exceptUserId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.count));
}

export function countUsers(db: Db) {
  return db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.count));
}

/** Inserts a user; returns undefined when the client key was used before (an idempotent retry). */
export function insertUser(
  db: Db,
  user: {
    planId: string;
    clientKey: string | null;
    email: string;
    displayName: string;
    role: string;
    passwordHash: string;
    mustChangePassword: boolean;
    teamId?: string | null;
  },
) {
  return db
    .insertInto('app_user')
    .values({
      plan_id: user.planId,
      client_key: user.clientKey,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword,
      team_id: user.teamId ?? null,
    })
    .onConflict((oc) => oc.constraint('app_user_client_key').doNothing())
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}

/** Every account of every plan, for `helhed users list`. */
export function listAllUsers(db: Db) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('plan as p', 'p.id', 'u.plan_id')
    .select([
      'u.email',
      'u.display_name',
      'u.role',
      'u.is_active',
      'u.last_sign_in_at',
      'p.slug as plan_slug',
    ])
    .orderBy('p.slug')
    .orderBy('u.email')
    .execute();
}
