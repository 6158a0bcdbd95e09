import { insertAuditEvents } from '../audit/queries.ts';
import type { Db } from '../db/database.ts';
import { type ActorContext, withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import { deleteOtherSessions, deleteOwnSession, listSessionsOfUser } from './queries.ts';
import { SESSION_IDLE_MINUTES } from './session-cookie.ts';

export type SignedInActor = ActorContext & { actorId: string };

/** The signed-in user's own live sessions ("Mine sessioner"), the current one marked. */
export async function listMySessions(db: Db, userId: string, currentSessionId: string) {
  const rows = await listSessionsOfUser(db, userId, SESSION_IDLE_MINUTES);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    ipAddress: row.ip_address,
    userAgent: row.user_agent,
    isCurrent: row.id === currentSessionId,
  }));
}

function sessionEndEvent(actor: SignedInActor, sessionId: string | null, details: string) {
  return {
    planId: actor.planId,
    actorId: actor.actorId,
    actorLabel: actor.actorLabel,
    action: 'session-end' as const,
    entityType: 'user_session',
    entityId: sessionId,
    ipAddress: actor.ip,
    requestId: actor.requestId,
    details,
  };
}

/** Ends one of the user's own sessions; someone else's session id is a 404, nothing ended. */
export async function endMySession(db: Db, actor: SignedInActor, sessionId: string): Promise<void> {
  await withTransaction(db, actor, async (trx) => {
    const ended = await deleteOwnSession(trx, actor.actorId, sessionId);
    if (ended === 0) throw new AppError('NOT_FOUND');
    await insertAuditEvents(trx, [sessionEndEvent(actor, sessionId, 'egen session')]);
  });
}

/** Ends every session of the user but the current one; returns how many. */
export async function endMyOtherSessions(db: Db, actor: SignedInActor, keepSessionId: string) {
  return withTransaction(db, actor, async (trx) => {
    const ended = await deleteOtherSessions(trx, actor.actorId, keepSessionId);
    await insertAuditEvents(trx, [sessionEndEvent(actor, null, `alle andre (${ended})`)]);
    return ended;
  });
}
