import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import { ChangeList, ChangesQuery } from './contract.ts';
import { buildChangeList } from './service/changes.ts';

export const changeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/changes',
    {
      config: { access: 'plan.history.read' },
      schema: {
        operationId: 'listPlanChanges',
        tags: ['Plan: historik'],
        querystring: ChangesQuery,
        response: { 200: ChangeList, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) =>
      buildChangeList(db, requireActor(request).plan.id, request.query.limit, request.query.offset),
  );
};
