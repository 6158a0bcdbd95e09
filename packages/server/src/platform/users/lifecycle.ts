import { randomInt } from 'node:crypto';
import { da, fill, type Role } from '@helhed/core';
import {
  type AccountAuditAction,
  eventBy,
  insertAuditEvents,
  type SecondFactorAuditAction,
} from '../audit/queries.ts';
import { hashPassword } from '../auth/passwords.ts';
import { deleteSessionsOfUser } from '../auth/queries.ts';
import { deleteFactor } from '../auth/second-factor-queries.ts';
import type { Db } from '../db/database.ts';
import { type Acting, whoActs, withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import {
  countOtherActiveAdmins,
  findUserOfPlan,
  lockPlanAccounts,
  type UserRow,
  updateUser,
} from './queries.ts';

/**
 * An account's life after it is created (issue 14, decision 0013). Every step ends all of the
 * person's sessions at once, so a new role or a deactivation holds from the next request on, and
 * writes one named audit event beside the row change the trigger records. Nobody deactivates or
 * demotes themself, and a plan always keeps one active administrator.
 */
export type LifecycleStep =
  | { kind: 'deactivate' }
  | { kind: 'reactivate' }
  | { kind: 'role'; role: Role }
  | { kind: 'reset-password' }
  | { kind: 'reset-second-factor' };

export interface LifecycleResult {
  user: UserRow;
  sessionsEnded: number;
  /** Only after reset-password: shown once, never stored in clear. */
  oneTimePassword?: string;
}

const ACTIONS: Record<LifecycleStep['kind'], AccountAuditAction | SecondFactorAuditAction> = {
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  role: 'role-change',
  'reset-password': 'password-reset',
  'reset-second-factor': 'second-factor-reset',
};

// No 0/O, 1/l/I: read aloud or typed from a phone without doubt.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password of 4 groups of 4 (80 bits), e.g. "k7mq-3xpw-h2rd-9tfa". */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

export async function applyLifecycleStep(
  db: Db,
  acting: Acting,
  planId: string,
  userId: string,
  step: LifecycleStep,
): Promise<LifecycleResult> {
  const password = step.kind === 'reset-password' ? oneTimePassword() : undefined;
  const passwordHash = password ? await hashPassword(password) : undefined;
  const actor = whoActs(acting);
  return withTransaction(db, actor, async (trx) => {
    // One account change of a plan at a time: two administrators cannot remove each other at once.
    await lockPlanAccounts(trx, planId);
    const before = await findUserOfPlan(trx, planId, userId);
    if (!before) throw new AppError('NOT_FOUND');
    // A provider's account has no password in Helhed; the organisation's login is its only door.
    if (step.kind === 'reset-password' && before.identity_issuer !== null) {
      throw new AppError('PASSWORD_ELSEWHERE');
    }
    // Its role comes from the organisation's groups at every sign-in; the group table changes it.
    if (step.kind === 'role' && before.identity_issuer !== null) throw new AppError('ROLE_FROM_GROUPS');
    const losesAdmin =
      before.role === 'admin' &&
      before.is_active &&
      (step.kind === 'deactivate' || (step.kind === 'role' && step.role !== 'admin'));
    if (actor.actorId === userId && (step.kind === 'deactivate' || losesAdmin)) {
      throw new AppError('ACCOUNT_NOT_YOURSELF');
    }
    // One's own second factor is turned off under "Min konto", with a code; never by a reset.
    if (step.kind === 'reset-second-factor' && actor.actorId === userId) {
      throw new AppError('SECOND_FACTOR_RESET_YOURSELF');
    }
    if (losesAdmin && (await countOtherActiveAdmins(trx, planId, userId)) === 0) {
      throw new AppError('ACCOUNT_LAST_ADMIN');
    }
    const patch =
      step.kind === 'deactivate'
        ? { is_active: false }
        : step.kind === 'reactivate'
          ? { is_active: true }
          : step.kind === 'role'
            ? { role: step.role }
            : step.kind === 'reset-second-factor'
              ? {}
              : { password_hash: passwordHash as string, must_change_password: true };
    if (step.kind === 'reset-second-factor' && !(await deleteFactor(trx, userId))) {
      throw new AppError('SECOND_FACTOR_NOT_ENABLED');
    }
    const user = step.kind === 'reset-second-factor' ? before : await updateUser(trx, planId, userId, patch);
    if (!user) throw new AppError('NOT_FOUND');
    const sessionsEnded = step.kind === 'reactivate' ? 0 : await deleteSessionsOfUser(trx, userId);
    const count = String(sessionsEnded);
    const details =
      step.kind === 'role'
        ? fill(da.accounts.auditDetails.roleChanged, { from: before.role, to: step.role, count })
        : fill(da.accounts.auditDetails.sessionsEnded, { count });
    await insertAuditEvents(trx, [
      eventBy(actor, planId, {
        action: ACTIONS[step.kind],
        entityType: 'app_user',
        entityId: userId,
        details,
      }),
    ]);
    return password ? { user, sessionsEnded, oneTimePassword: password } : { user, sessionsEnded };
  });
}
