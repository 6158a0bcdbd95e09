import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/access/request-context.ts';
import { ErrorResponse } from '../../platform/auth/contract.ts';
import type { Db } from '../../platform/db/database.ts';
import { PlanView } from './contract.ts';
import { findPlanById } from './queries.ts';

export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'plan.read' },
      schema: { tags: ['Plan'], response: { 200: PlanView, 401: ErrorResponse, 403: ErrorResponse } },
    },
    async (request) => {
      // A user belongs to one plan: the plan is taken from the session, never from the request.
      const plan = await findPlanById(db, requireActor(request).plan.id);
      return {
        id: plan.id,
        slug: plan.slug,
        name: plan.name,
        municipality: plan.municipality,
        periodStart: plan.period_start,
        periodEnd: plan.period_end,
      };
    },
  );
};
