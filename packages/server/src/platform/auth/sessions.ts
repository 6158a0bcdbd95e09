import { da, fill } from '@helhed/core';
import type { RequestContext } from '../access/request-context.ts';
import { eventBy, insertAuditEvents } from '../audit/queries.ts';
import type { Db } from '../db/database.ts';
import { withTransaction } from '../db/transaction.ts';
import { AppError } from '../http/errors.ts';
import { deleteOtherSessions, deleteOwnSession, listSessionsOfUser } from './queries.ts';
import { SESSION_IDLE_MINUTES } from './session-cookie.ts';

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

function sessionEndEvent(ctx: RequestContext, sessionId: string | null, details: string) {
  return eventBy(ctx.who, ctx.actor.plan.id, {
    action: 'session-end',
    entityType: 'user_session',
    entityId: sessionId,
    details,
  });
}

/** Ends one of the user's own sessions; someone else's session id is a 404, nothing ended. */
export async function endMySession(db: Db, ctx: RequestContext, sessionId: string): Promise<void> {
  await withTransaction(db, ctx, async (trx) => {
    const ended = await deleteOwnSession(trx, ctx.actor.userId, sessionId);
    if (ended === 0) throw new AppError('NOT_FOUND');
    await insertAuditEvents(trx, [sessionEndEvent(ctx, sessionId, da.accounts.auditDetails.ownSession)]);
  });
}

/** Ends every session of the user but the current one; returns how many. */
export async function endMyOtherSessions(db: Db, ctx: RequestContext) {
  return withTransaction(db, ctx, async (trx) => {
    const ended = await deleteOtherSessions(trx, ctx.actor.userId, ctx.actor.sessionId);
    const details = fill(da.accounts.auditDetails.allOtherSessions, { count: String(ended) });
    await insertAuditEvents(trx, [sessionEndEvent(ctx, null, details)]);
    return ended;
  });
}
