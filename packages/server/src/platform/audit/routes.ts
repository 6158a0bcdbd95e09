import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../access/request-context.ts';
import type { Db } from '../db/database.ts';
import { errorResponses } from '../http/error-response.ts';
import { AuditEventList, AuditSearchQuery } from './contract.ts';
import { presentAuditEvents } from './present.ts';
import { listAuditEvents } from './queries.ts';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditEvents',
        tags: ['Revisionslog'],
        querystring: AuditSearchQuery,
        response: { 200: AuditEventList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const found = await listAuditEvents(db, { planId: ctx.actor.plan.id, ...request.query });
      return presentAuditEvents(ctx, request.query, found);
    },
  );
};
