import { isRole } from '@helhed/core';
import type { SessionActor } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { findActiveUserByEmail } from './queries.ts';
import { sessionActorOf } from './session-plugin.ts';

/**
 * The staff member a command (`helhed import … --as EMAIL`) acts as: their role, team and plan, as
 * a session would carry them, so the command sees and may change exactly what they may in the app.
 * Null when no active user has the address. It has no session and no CSRF token.
 */
export async function commandLineActor(db: Db, email: string): Promise<SessionActor | null> {
  const row = await findActiveUserByEmail(db, email);
  if (!row || !isRole(row.role)) return null;
  return sessionActorOf({
    ...row,
    role: row.role,
    session_id: 'command-line',
    csrf_token: '',
    state: 'active',
    sign_in_method: 'password',
    last_seen_at: new Date(),
  });
}
