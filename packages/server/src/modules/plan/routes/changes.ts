import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { ChangeList, ChangesQuery } from '../contract/activities.ts';
import { listPlanChanges } from '../service/changes.ts';

export const changeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/changes',
    {
      config: { access: 'plan.history.read' },
      schema: {
        operationId: 'listPlanChanges',
        tags: ['Plan: historik'],
        querystring: ChangesQuery,
        response: { 200: ChangeList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listPlanChanges(db, ctx, request.query);
    },
  );
};
