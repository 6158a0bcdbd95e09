import { da, fill, type Role } from '@helhed/core';
import { eventBy, insertAuditEvents } from '../audit/queries.ts';
import { hashPassword } from '../auth/passwords.ts';
import { deleteSessionsOfUser } from '../auth/queries.ts';
import type { Db } from '../db/database.ts';
import { type Acting, whoActs, withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import type { CreateUserInput } from './contract.ts';
import { findUserByClientKey, insertUser, setUserTeam, type UserRow } from './queries.ts';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === UNIQUE_VIOLATION && e.constraint === constraint;
}

/**
 * Creates a user in the actor's plan. Idempotent on clientKey: a retry whose first answer was
 * lost returns the user created the first time, as long as it names the same e-mail.
 */
export async function createUser(
  db: Db,
  actor: Acting,
  planId: string,
  input: CreateUserInput & { mustChangePassword?: boolean },
): Promise<{ user: UserRow; isReplay: boolean }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await withTransaction(db, actor, async (trx) => {
      const inserted = await insertUser(trx, {
        planId: planId,
        clientKey: input.clientKey,
        email: input.email,
        displayName: input.displayName,
        role: input.role satisfies Role,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? true,
        teamId: input.teamId ?? null,
      });
      if (inserted) return { user: inserted, isReplay: false };
      const earlier = await findUserByClientKey(trx, planId, input.clientKey);
      if (!earlier || earlier.email !== input.email) throw new AppError('CONFLICT');
      return { user: earlier, isReplay: true };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'app_user_email_key')) throw new AppError('EMAIL_TAKEN');
    if ((error as { constraint?: string }).constraint === 'app_user_team_fk') {
      throw new AppError('VALIDATION', [{ field: 'teamId', message: da.registration.errors.unknownTeam }]);
    }
    throw error;
  }
}

/** Puts a user of the plan in a team (or none); an unknown team is a field error, nothing saved. */
export async function changeUserTeam(
  db: Db,
  actor: Acting,
  planId: string,
  userId: string,
  teamId: string | null,
): Promise<UserRow> {
  try {
    // A new team changes whose participants the person sees: their sessions end with it.
    const who = whoActs(actor);
    return await withTransaction(db, who, async (trx) => {
      const row = await setUserTeam(trx, planId, userId, teamId);
      if (!row) throw new AppError('NOT_FOUND');
      // The organisation's groups give a provider's account its team at every sign-in (decision 0035).
      if (row.identity_issuer !== null) throw new AppError('ROLE_FROM_GROUPS');
      const ended = await deleteSessionsOfUser(trx, userId);
      await insertAuditEvents(trx, [
        eventBy(who, planId, {
          action: 'team-change',
          entityType: 'app_user',
          entityId: userId,
          details: fill(da.accounts.auditDetails.sessionsEnded, { count: String(ended) }),
        }),
      ]);
      return row;
    });
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'app_user_team_fk') {
      throw new AppError('VALIDATION', [{ field: 'teamId', message: da.registration.errors.unknownTeam }]);
    }
    throw error;
  }
}
