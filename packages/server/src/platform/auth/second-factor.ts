import { da, fill } from '@helhed/core';
import { SECOND_FACTOR_REQUIRED_ROLES } from '../access/actions.ts';
import type { RequestContext } from '../access/request-context.ts';
import { type AuditAction, eventBy, insertAuditEvents } from '../audit/queries.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import { AppError, fieldError } from '../http/errors.ts';
import { deleteOtherSessions, deleteSession } from './queries.ts';
import {
  enrolmentOf,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeMatches,
  stepOfCode,
  storedRecoveryCode,
} from './second-factor-codes.ts';
import {
  activateSession,
  countFailedCode,
  deleteFactor,
  findFactor,
  replaceRecoveryCodes,
  spendRecoveryCode,
  spendStep,
  unusedRecoveryCodes,
  upsertUnconfirmedFactor,
} from './second-factor-queries.ts';
import { newSessionToken } from './session-cookie.ts';

/** Wrong codes a pending session may give before it is ended (decision 0027). */
export const MAX_FAILED_CODES = 5;

function event(ctx: RequestContext, action: AuditAction, details?: string) {
  return eventBy(ctx.who, ctx.actor.plan.id, {
    action,
    entityType: 'app_user',
    entityId: ctx.actor.userId,
    details: details ?? null,
  });
}

/**
 * Spends a 6-digit code of the user's confirmed factor or one of their unused recovery codes.
 * Returns what was spent, or null. A time step or recovery code is spent at most once.
 */
async function spendCode(db: Db, userId: string, code: string): Promise<string | null> {
  const factor = await findFactor(db, userId);
  if (!factor?.confirmed_at) return null;
  if (/^\d{6}$/.test(code)) {
    const step = stepOfCode(factor.secret, code);
    return step !== null && (await spendStep(db, userId, step, false))
      ? da.secondFactor.auditDetails.totp
      : null;
  }
  const unused = await unusedRecoveryCodes(db, userId);
  const match = unused.find((stored) => recoveryCodeMatches(code, stored));
  if (!match || !(await spendRecoveryCode(db, match.id))) return null;
  return fill(da.secondFactor.auditDetails.recoveryCode, { left: String(unused.length - 1) });
}

/**
 * The second step of signing in. A right code makes the pending session active; a wrong one counts,
 * and the fifth ends the session. Every outcome is audited; a failure says nothing of why.
 */
/**
 * The second step of signing in. On success the session gets a new token (ASVS 3.2.1: a new token
 * when the user is authenticated; the pending one, which only the password made, stops working),
 * returned for the cookie.
 */
export async function verifySecondFactor(db: Db, ctx: RequestContext, code: string): Promise<string> {
  // An active session has nothing to verify; its codes are not spent or counted here.
  if (!ctx.actor.secondFactorPending) throw new AppError('CONFLICT');
  const fresh = newSessionToken();
  const spent = await withTransaction(db, ctx, async (trx) => {
    const details = await spendCode(trx, ctx.actor.userId, code);
    if (details === null) return null;
    if (!(await activateSession(trx, ctx.actor.sessionId, fresh))) return null;
    await insertAuditEvents(trx, [event(ctx, 'second-factor-verified', details)]);
    return details;
  });
  if (spent !== null) return fresh.token;
  const ended = await withTransaction(db, ctx, async (trx) => {
    const count = await countFailedCode(trx, ctx.actor.sessionId);
    const exhausted = count >= MAX_FAILED_CODES;
    if (exhausted) await deleteSession(trx, ctx.actor.sessionId);
    const details = exhausted
      ? da.secondFactor.auditDetails.attemptsExhausted
      : fill(da.secondFactor.auditDetails.wrongCode, { count: String(count), max: String(MAX_FAILED_CODES) });
    await insertAuditEvents(trx, [event(ctx, 'second-factor-failed', details)]);
    return exhausted;
  });
  throw new AppError(ended ? 'SECOND_FACTOR_ATTEMPTS' : 'SECOND_FACTOR_INVALID');
}

/** Under "Min konto": whether the factor is on, and how many recovery codes are left. */
export async function secondFactorStatus(db: Db, ctx: RequestContext) {
  const factor = await findFactor(db, ctx.actor.userId);
  const enabled = Boolean(factor?.confirmed_at);
  const left = enabled ? (await unusedRecoveryCodes(db, ctx.actor.userId)).length : 0;
  return {
    enabled,
    required: SECOND_FACTOR_REQUIRED_ROLES.includes(ctx.actor.role),
    recoveryCodesLeft: left,
  };
}

/** A new secret, not active until confirmed with a code from it; replaces a set-up in progress. */
export async function startSetup(db: Db, ctx: RequestContext) {
  const secret = newTotpSecret();
  await withTransaction(db, ctx, async (trx) => {
    if (!(await upsertUnconfirmedFactor(trx, ctx.actor.plan.id, ctx.actor.userId, secret))) {
      throw new AppError('SECOND_FACTOR_ALREADY_ENABLED');
    }
  });
  return { secret, ...(await enrolmentOf(secret, ctx.actor.email)) };
}

async function newCodes(trx: Db, ctx: RequestContext): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(trx, ctx.actor.plan.id, ctx.actor.userId, codes.map(storedRecoveryCode));
  return codes;
}

const wrongCode = () => fieldError('code', da.secondFactor.errors.invalidCode);

/**
 * Turns the factor on with a code from the new secret, ends the user's other sessions (they were
 * opened without it) and returns ten recovery codes, shown once.
 */
export async function confirmSetup(db: Db, ctx: RequestContext, code: string) {
  return withTransaction(db, ctx, async (trx) => {
    const factor = await findFactor(trx, ctx.actor.userId);
    if (!factor) throw new AppError('SECOND_FACTOR_NOT_STARTED');
    if (factor.confirmed_at) throw new AppError('SECOND_FACTOR_ALREADY_ENABLED');
    const step = stepOfCode(factor.secret, code);
    if (step === null || !(await spendStep(trx, ctx.actor.userId, step, true))) throw wrongCode();
    const codes = await newCodes(trx, ctx);
    const ended = await deleteOtherSessions(trx, ctx.actor.userId, ctx.actor.sessionId);
    await insertAuditEvents(trx, [
      event(
        ctx,
        'second-factor-enabled',
        fill(da.accounts.auditDetails.sessionsEnded, { count: String(ended) }),
      ),
    ]);
    return codes;
  });
}

/** Ten new recovery codes for a current code from the app; the old ones stop working. */
export async function renewRecoveryCodes(db: Db, ctx: RequestContext, code: string) {
  return withTransaction(db, ctx, async (trx) => {
    await requireCurrentCode(trx, ctx, code);
    const codes = await newCodes(trx, ctx);
    await insertAuditEvents(trx, [event(ctx, 'recovery-codes-renewed')]);
    return codes;
  });
}

/** Turns one's own factor off, for a current code; an administrator must keep theirs. */
export async function removeSecondFactor(db: Db, ctx: RequestContext, code: string): Promise<void> {
  if (SECOND_FACTOR_REQUIRED_ROLES.includes(ctx.actor.role)) throw new AppError('SECOND_FACTOR_ADMIN_KEEPS');
  await withTransaction(db, ctx, async (trx) => {
    await requireCurrentCode(trx, ctx, code);
    await deleteFactor(trx, ctx.actor.userId);
    await insertAuditEvents(trx, [event(ctx, 'second-factor-removed')]);
  });
}

/** A code of the confirmed factor's app (not a recovery code), spent like one at sign-in. */
async function requireCurrentCode(trx: Db, ctx: RequestContext, code: string): Promise<void> {
  const factor = await findFactor(trx, ctx.actor.userId);
  if (!factor?.confirmed_at) throw new AppError('SECOND_FACTOR_NOT_ENABLED');
  const step = stepOfCode(factor.secret, code);
  if (step === null || !(await spendStep(trx, ctx.actor.userId, step, false))) throw wrongCode();
}
