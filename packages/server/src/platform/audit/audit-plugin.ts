import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { insertAuditEvents } from './queries.ts';

/**
 * Reads of personal data are collected on request.auditTrail by the presenters and written here,
 * in one statement, before the reply leaves. If the write fails, the client gets an error instead
 * of the data: nothing personal is shown without a trace. Changes are audited by the database
 * trigger audit_row_change() inside the same transaction as the change itself.
 */
export function registerAuditTrail(app: FastifyInstance, db: Db): void {
  app.decorateRequest('auditTrail', null as never);
  app.addHook('onRequest', async (request) => {
    request.auditTrail = [];
  });
  app.addHook('onSend', async (request, reply, payload) => {
    // A request refused by an earlier onRequest hook (the text guard) never got its trail.
    const trail = request.auditTrail ?? [];
    if (trail.length === 0 || reply.statusCode >= 400 || !request.actor) return payload;
    request.auditTrail = [];
    const actor = request.actor;
    await insertAuditEvents(
      db,
      trail.map((read) => ({
        planId: actor.plan.id,
        actorId: actor.userId,
        actorLabel: actor.email,
        action: read.action,
        entityType: read.entityType,
        entityId: read.entityId,
        ipAddress: request.ip,
        requestId: request.id,
        purpose: read.purpose ?? null,
        details: read.details ?? null,
      })),
    );
    return payload;
  });
}
