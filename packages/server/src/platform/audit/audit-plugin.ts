import type { FastifyInstance } from 'fastify';
import { requestContext } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { writeReadTrail } from './read-trail.ts';

/**
 * Builds the request context once, after the session is loaded, and writes the reads of personal
 * data its presenters recorded in one statement before the reply leaves. If the write fails, the
 * client gets an error instead of the data: nothing personal is shown without a trace. Changes are
 * audited by the database trigger audit_row_change() inside the same transaction as the change.
 */
export function registerAuditTrail(app: FastifyInstance, db: Db): void {
  app.decorateRequest('ctx', null);
  app.addHook('onRequest', async (request) => {
    request.ctx = request.actor ? requestContext(request.actor, request.ip, request.id) : null;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    // A request refused by an earlier onRequest hook (the text guard) never got its context.
    const ctx = request.ctx;
    if (!ctx || ctx.audit.pending.length === 0) return payload;
    const trail = ctx.audit.pending.splice(0);
    if (reply.statusCode >= 400) return payload;
    await writeReadTrail(db, ctx, trail);
    return payload;
  });
}
