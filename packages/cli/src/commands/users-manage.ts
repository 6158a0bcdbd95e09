import { da, fill, formatDateTime, isRole, type Role, toRole } from '@helhed/core';
import {
  applyLifecycleStep,
  findUserByEmail,
  listAllUsers,
  migrateToLatest,
  systemActor,
} from '@helhed/server';
import { type ParsedArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../database.ts';

const texts = da.accounts.cli;

/** `helhed users list`: every account, tab-separated, for a terminal or a spreadsheet. */
export async function usersList(): Promise<void> {
  const rows = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    return listAllUsers(db);
  });
  const lines = rows.map((row) =>
    [
      row.email,
      row.display_name,
      da.roles[toRole(row.role)],
      row.is_active ? texts.active : texts.inactive,
      row.last_sign_in_at ? formatDateTime(row.last_sign_in_at) : texts.never,
    ].join('\t'),
  );
  process.stdout.write(`${[texts.listHeader, ...lines].join('\n')}\n`);
}

/**
 * `helhed users deactivate|set-role|reset-password|reset-second-factor --email E [--role R]`: the
 * same steps as in Administration, audited as system:cli; a reset prints the one-time password once.
 * Resetting the second factor is the way back in for a plan's only administrator who lost both the
 * phone and the recovery codes (decision 0027).
 */
export async function usersManage(
  sub: 'deactivate' | 'set-role' | 'reset-password' | 'reset-second-factor',
  options: ParsedArgs['options'],
) {
  const email = requireOption(options, 'email');
  let role: Role | undefined;
  if (sub === 'set-role') {
    const raw = requireOption(options, 'role');
    if (!isRole(raw))
      throw new UsageError(`${da.validation.invalidRole} (${Object.keys(da.roles).join(', ')})`);
    role = raw;
  }
  const result = await withDatabase(async ({ db }) => {
    await migrateToLatest(db);
    const user = await findUserByEmail(db, email);
    if (!user) throw new UsageError(fill(texts.noSuchUser, { email }));
    const step =
      sub === 'deactivate'
        ? ({ kind: 'deactivate' } as const)
        : sub === 'set-role'
          ? ({ kind: 'role', role: role as Role } as const)
          : sub === 'reset-second-factor'
            ? ({ kind: 'reset-second-factor' } as const)
            : ({ kind: 'reset-password' } as const);
    return applyLifecycleStep(db, systemActor('cli', user.plan_id), user.plan_id, user.id, step);
  });
  const sessions = String(result.sessionsEnded);
  if (sub === 'deactivate') process.stdout.write(`${fill(texts.deactivated, { email, sessions })}\n`);
  else if (sub === 'set-role')
    process.stdout.write(`${fill(texts.roleSet, { email, role: da.roles[role as Role], sessions })}\n`);
  else if (sub === 'reset-second-factor')
    process.stdout.write(`${fill(texts.secondFactorReset, { email, sessions })}\n`);
  else process.stdout.write(`${fill(texts.passwordReset, { email, sessions })}\n${result.oneTimePassword}\n`);
}
