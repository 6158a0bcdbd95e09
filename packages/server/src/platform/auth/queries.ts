import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { prepareAs } from '../db/prepared.ts';
import { PENDING_SECOND_FACTOR_MINUTES } from './session-cookie.ts';

export function findUserForSignIn(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'plan_id', 'email', 'role', 'password_hash', 'is_active'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function findPasswordHash(db: Db, userId: string) {
  return db.selectFrom('app_user').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function updateSuccessfulSignIn(db: Db, userId: string) {
  await db
    .updateTable('app_user')
    .set({ failed_sign_in_count: 0, locked_until: null, last_sign_in_at: sql`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: false })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Db,
  session: {
    planId: string;
    userId: string;
    tokenHash: Buffer;
    csrfToken: string;
    absoluteHours: number;
    ip: string;
    userAgent: string | null;
    /** A user with a confirmed second factor starts 'pending-second-factor' (decision 0027). */
    state: 'active' | 'pending-second-factor';
    /** How the session began (migration 0028); a password unless a provider vouched. */
    signInMethod?: 'password' | 'oidc' | 'saml';
  },
) {
  await db
    .insertInto('user_session')
    .values({
      plan_id: session.planId,
      user_id: session.userId,
      token_hash: session.tokenHash,
      csrf_token: session.csrfToken,
      ip_address: session.ip.slice(0, 100),
      user_agent: session.userAgent,
      state: session.state,
      sign_in_method: session.signInMethod ?? 'password',
      expires_at: sql`now() + make_interval(hours => ${session.absoluteHours})`,
    })
    .execute();
}

/**
 * The live session for a token: not past its absolute expiry and not idle too long. Run at every
 * request, so sent as a prepared statement (platform/db/prepared.ts).
 */
export async function findLiveSession(db: Db, tokenHash: Buffer, idleMinutes: number) {
  const query = liveSessions(db, idleMinutes).where('s.token_hash', '=', tokenHash).compile();
  prepareAs('live-session', query.sql);
  return (await db.executeQuery(query)).rows[0];
}

/** The live ones among these sessions, by id: what the open live streams re-check (live-streams.ts). */
export function findLiveSessionsByIds(db: Db, sessionIds: readonly string[], idleMinutes: number) {
  return liveSessions(db, idleMinutes).where('s.id', 'in', sessionIds).execute();
}

/** Who a session (or a command) acts as: the user and their plan, as the actor carries them. */
const USER_AND_PLAN = [
  'u.id as user_id',
  'u.email',
  'u.display_name',
  'u.role',
  'u.team_id',
  'u.must_change_password',
  // Decision 0027: whether the user has a confirmed second factor (an administrator must).
  sql<boolean>`exists (select 1 from user_totp f where f.user_id = u.id and f.confirmed_at is not null)`.as(
    'has_second_factor',
  ),
  'p.id as plan_id',
  'p.slug as plan_slug',
  'p.name as plan_name',
  'p.period_start',
  'p.period_end',
  // Changes with every change of the plan's content, and when the row is restored (migration 0020).
  sql<string>`p.xmin::text || '.' || p.content_version`.as('plan_content_version'),
] as const;

function liveSessions(db: Db, idleMinutes: number) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('plan as p', 'p.id', 's.plan_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      's.last_seen_at',
      's.state',
      's.sign_in_method',
      ...USER_AND_PLAN,
    ])
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .where((eb) =>
      eb.or([
        eb('s.state', '=', 'active'),
        eb('s.created_at', '>', sql<Date>`now() - make_interval(mins => ${PENDING_SECOND_FACTOR_MINUTES})`),
      ]),
    )
    .where('u.is_active', '=', true);
}

export async function touchSession(db: Db, sessionId: string) {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: sql`now()` })
    .where('id', '=', sessionId)
    .execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('user_session').where('id', '=', sessionId).execute();
}

export async function deleteOtherSessions(db: Db, userId: string, keepSessionId: string) {
  const result = await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where('id', '!=', keepSessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, idleMinutes: number) {
  await db
    .deleteFrom('user_session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', sql<Date>`now()`),
        eb('last_seen_at', '<=', sql<Date>`now() - make_interval(mins => ${idleMinutes})`),
        eb.and([
          eb('state', '=', 'pending-second-factor'),
          eb('created_at', '<=', sql<Date>`now() - make_interval(mins => ${PENDING_SECOND_FACTOR_MINUTES})`),
        ]),
      ]),
    )
    .execute();
}

/** A user's live sessions, newest first ("Mine sessioner"). */
export function listSessionsOfUser(db: Db, userId: string, idleMinutes: number) {
  return db
    .selectFrom('user_session')
    .select(['id', 'created_at', 'last_seen_at', 'ip_address', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes})`)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Ends one of the user's own sessions; returns the number ended (0 if it is not theirs). */
export async function deleteOwnSession(db: Db, userId: string, sessionId: string): Promise<number> {
  const result = await db
    .deleteFrom('user_session')
    .where('user_id', '=', userId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of a user (deactivation, role, team or password change by an admin). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('user_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** An active user by e-mail with their plan: who a command-line import acts as. */
export function findActiveUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('plan as p', 'p.id', 'u.plan_id')
    .select(USER_AND_PLAN)
    .where(sql`lower(u.email)`, '=', email.trim().toLowerCase())
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}
