import { insertAuditEvents } from '../audit/queries.ts';
import type { Db } from '../db/database.ts';
import { type ActorContext, withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import { hashPassword, verifyDecoy, verifyPassword } from './passwords.ts';
import {
  deleteOtherSessions,
  deleteSession,
  findPasswordHash,
  findUserForSignIn,
  insertSession,
  updateFailedSignIn,
  updatePasswordHash,
  updateSuccessfulSignIn,
} from './queries.ts';
import { newSessionToken, SESSION_ABSOLUTE_HOURS } from './session-cookie.ts';

// Ten wrong passwords in a row lock the account for 15 minutes: at most 40 guesses an hour,
// well under ASVS 2.2.1's ceiling of 100, without locking out a user who mistypes twice.
export const MAX_FAILED_SIGN_INS = 10;
export const LOCK_MINUTES = 15;

export interface ClientInfo {
  ip: string;
  requestId: string;
}

/**
 * Checks the password and opens a server-side session. Every decision is written to the audit
 * log; an unknown e-mail costs as much time as a known one.
 */
export async function signIn(db: Db, email: string, password: string, client: ClientInfo) {
  const user = await findUserForSignIn(db, email);
  const event = {
    actorLabel: email,
    ipAddress: client.ip,
    requestId: client.requestId,
    entityType: 'app_user',
  };
  if (!user) {
    await verifyDecoy(password);
    await insertAuditEvents(db, [
      {
        ...event,
        planId: null,
        actorId: null,
        action: 'sign-in-failed',
        entityId: null,
        details: 'ukendt e-mail',
      },
    ]);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const failed = (details: string) =>
    insertAuditEvents(db, [
      {
        ...event,
        planId: user.plan_id,
        actorId: user.id,
        action: 'sign-in-failed',
        entityId: user.id,
        details,
      },
    ]);
  if (user.locked_until && user.locked_until > new Date()) {
    await failed('konto låst');
    throw new AppError('ACCOUNT_LOCKED');
  }
  const isValid = await verifyPassword(user.password_hash, password);
  if (!isValid || !user.is_active) {
    await updateFailedSignIn(db, user.id, MAX_FAILED_SIGN_INS, LOCK_MINUTES);
    await failed(user.is_active ? 'forkert adgangskode' : 'konto deaktiveret');
    throw new AppError('INVALID_CREDENTIALS');
  }
  const session = newSessionToken();
  const actor: ActorContext = {
    actorId: user.id,
    actorLabel: user.email,
    planId: user.plan_id,
    ip: client.ip,
    requestId: client.requestId,
  };
  await withTransaction(db, actor, async (trx) => {
    await updateSuccessfulSignIn(trx, user.id);
    await insertSession(trx, {
      planId: user.plan_id,
      userId: user.id,
      tokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
      absoluteHours: SESSION_ABSOLUTE_HOURS,
    });
    await insertAuditEvents(trx, [
      { ...event, planId: user.plan_id, actorId: user.id, action: 'sign-in', entityId: user.id },
    ]);
  });
  return session;
}

export async function signOut(db: Db, actor: ActorContext, sessionId: string): Promise<void> {
  await withTransaction(db, actor, async (trx) => {
    await deleteSession(trx, sessionId);
    await insertAuditEvents(trx, [
      {
        planId: actor.planId,
        actorId: actor.actorId,
        actorLabel: actor.actorLabel,
        action: 'sign-out',
        entityType: 'app_user',
        entityId: actor.actorId,
        ipAddress: actor.ip,
        requestId: actor.requestId,
      },
    ]);
  });
}

/** Replaces the password and ends the user's other sessions (ASVS 3.3.3). */
export async function changePassword(
  db: Db,
  actor: ActorContext & { actorId: string },
  sessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const { password_hash } = await findPasswordHash(db, actor.actorId);
  if (!(await verifyPassword(password_hash, currentPassword))) throw new AppError('WRONG_CURRENT_PASSWORD');
  if (currentPassword === newPassword) throw new AppError('PASSWORD_SAME_AS_OLD');
  const newHash = await hashPassword(newPassword);
  await withTransaction(db, actor, async (trx) => {
    await updatePasswordHash(trx, actor.actorId, newHash);
    await deleteOtherSessions(trx, actor.actorId, sessionId);
  });
}
