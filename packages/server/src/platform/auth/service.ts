import { da } from '@helhed/core';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../access/request-context.ts';
import { eventBy, insertAuditEvents } from '../audit/queries.ts';
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
  updatePasswordHash,
  updateSuccessfulSignIn,
} from './queries.ts';
import { hasConfirmedFactor } from './second-factor-queries.ts';
import { newSessionToken, SESSION_ABSOLUTE_HOURS } from './session-cookie.ts';
import type { SignInThrottle } from './throttle.ts';

/**
 * Whether e-mail and password sign in (HELHED_LOCAL_SIGN_IN); when off, only the break-glass
 * administrator (HELHED_BREAK_GLASS_EMAIL) does, for the day the organisation's login is down.
 */
export interface LocalSignInPolicy {
  enabled: boolean;
  breakGlassEmail: string | null;
}

export const LOCAL_SIGN_IN_ON: LocalSignInPolicy = { enabled: true, breakGlassEmail: null };

export interface ClientInfo {
  ip: string;
  requestId: string;
  userAgent?: string | undefined;
}

/** Who is asking, as the audit log and the session list record it. */
export function clientOf(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, requestId: request.id, userAgent: request.headers['user-agent'] };
}

/** What a browser says it is, cut to what the session list needs; never a reason for a 5xx. */
export function cleanUserAgent(value: string | undefined): string | null {
  if (!value) return null;
  const text = [...value]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .slice(0, 300);
  return text === '' ? null : text;
}

/**
 * Checks the password and opens a server-side session. Every answer but success is the same 401
 * with the same body, and every path runs exactly one argon2id verification (a decoy hash for an
 * unknown e-mail, the real one when throttled), so neither status, body nor time tells an
 * outsider whether the e-mail is staff, the password was right, or the attempt was throttled.
 */
export async function signIn(
  db: Db,
  throttle: SignInThrottle,
  email: string,
  password: string,
  client: ClientInfo,
  policy: LocalSignInPolicy = LOCAL_SIGN_IN_ON,
) {
  const user = await findUserForSignIn(db, email);
  const allowed = throttle.allows(email, client.ip);
  const hash = user?.password_hash ?? null;
  const isValid = hash ? await verifyPassword(hash, password) : await verifyDecoy(password);
  const localAllowed = policy.enabled || (user?.email === policy.breakGlassEmail && user?.role === 'admin');
  const event = {
    actorLabel: email,
    ipAddress: client.ip,
    requestId: client.requestId,
    entityType: 'app_user',
  };
  if (!allowed || !user || !hash || !localAllowed || !isValid || !user.is_active) {
    if (allowed) throttle.recordFailure(email, client.ip);
    const details = !allowed
      ? 'for mange forsøg (forsinket)'
      : !user
        ? 'ukendt e-mail'
        : !hash
          ? da.accounts.federation.auditDetails.noPassword
          : !localAllowed
            ? da.accounts.federation.auditDetails.localOff
            : !isValid
              ? 'forkert adgangskode'
              : 'konto deaktiveret';
    await insertAuditEvents(db, [
      {
        ...event,
        planId: user?.plan_id ?? null,
        actorId: user?.id ?? null,
        action: 'sign-in-failed',
        entityId: user?.id ?? null,
        details,
      },
    ]);
    throw new AppError('INVALID_CREDENTIALS');
  }
  // With a second factor the password opens only a pending session (decision 0027); the throttle
  // counts the attempt as a success only when the code is right too (verify route).
  const pending = await hasConfirmedFactor(db, user.id);
  if (!pending) throttle.recordSuccess(email, client.ip);
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
      ip: client.ip,
      userAgent: cleanUserAgent(client.userAgent),
      state: pending ? 'pending-second-factor' : 'active',
    });
    await insertAuditEvents(trx, [
      {
        ...event,
        planId: user.plan_id,
        actorId: user.id,
        action: 'sign-in',
        entityId: user.id,
        details: pending ? da.secondFactor.auditDetails.awaitingCode : null,
      },
    ]);
  });
  return session;
}

export async function signOut(db: Db, ctx: RequestContext): Promise<void> {
  await withTransaction(db, ctx, async (trx) => {
    await deleteSession(trx, ctx.actor.sessionId);
    await insertAuditEvents(trx, [
      eventBy(ctx.who, ctx.actor.plan.id, {
        action: 'sign-out',
        entityType: 'app_user',
        entityId: ctx.actor.userId,
      }),
    ]);
  });
}

/** Replaces the password and ends the user's other sessions (ASVS 3.3.3). */
export async function changePassword(
  db: Db,
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const { userId, sessionId } = ctx.actor;
  const { password_hash } = await findPasswordHash(db, userId);
  if (password_hash === null) throw new AppError('PASSWORD_ELSEWHERE');
  if (!(await verifyPassword(password_hash, currentPassword))) throw new AppError('WRONG_CURRENT_PASSWORD');
  if (currentPassword === newPassword) throw new AppError('PASSWORD_SAME_AS_OLD');
  const newHash = await hashPassword(newPassword);
  await withTransaction(db, ctx, async (trx) => {
    await updatePasswordHash(trx, userId, newHash);
    await deleteOtherSessions(trx, userId, sessionId);
  });
}
