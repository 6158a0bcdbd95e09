import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { AUDIT_ACTIONS, AuditEventList, AuditSearchQuery } from './contract.ts';
import { listAuditEvents } from './queries.ts';

function toAuditAction(value: string): (typeof AUDIT_ACTIONS)[number] {
  const action = AUDIT_ACTIONS.find((a) => a === value);
  if (!action) throw new Error(`Unknown audit action: ${value}`);
  return action;
}

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['Revisionslog'],
        querystring: AuditSearchQuery,
        response: { 200: AuditEventList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const planId = contextOf(request).actor.plan.id;
      const { rows, total } = await listAuditEvents(db, { planId, ...request.query });
      // Searching the log is itself a use of personal data (who looked at whom): log the criteria.
      contextOf(request).audit.read('audit_event', null, 'auditLog', JSON.stringify(request.query));
      return {
        total,
        events: rows.map((row) => ({
          id: row.id,
          occurredAt: row.occurred_at.toISOString(),
          actorId: row.actor_id,
          actorEmail: row.actor_label,
          action: toAuditAction(row.action),
          entityType: row.entity_type,
          entityId: row.entity_id,
          ipAddress: row.ip_address,
          purpose: row.purpose,
          details: row.details,
        })),
      };
    },
  );
};
