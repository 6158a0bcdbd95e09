import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { GoalList } from '../contract/indicators.ts';
import { FocusAreaDetail, FocusAreaParams, PlanOverview, StaffHoursView } from '../contract/overview.ts';
import { focusAreaDetail, planGoals, planOverview, staffHours } from '../service/overview.ts';
import type { PlanViewCache } from '../service/view-cache.ts';

const TAGS = ['Plan'];
const errors = errorResponses(401, 403, 404);

/** Sends JSON that was serialized through this route's response schema (reply.serialize). */
function sendSerialized(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}

// The overview and the goals are answered from the JSON kept for the plan's current content
// (service/view-cache.ts), serialized through the route's response schema when it was built.
export const overviewRoutes: FastifyPluginAsyncZod<{ db: Db; views: PlanViewCache }> = async (
  app,
  { db, views },
) => {
  app.get(
    '',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'getPlan', tags: TAGS, response: { 200: PlanOverview, ...errors } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const json = await views.json(
        ctx,
        'overview',
        async () => reply.serialize(await planOverview(db, ctx)) as string,
      );
      return sendSerialized(reply, json);
    },
  );

  app.get(
    '/goals',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'listPlanGoals', tags: TAGS, response: { 200: GoalList, ...errors } },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const json = await views.json(
        ctx,
        'goals',
        async () => reply.serialize(await planGoals(db, ctx)) as string,
      );
      return sendSerialized(reply, json);
    },
  );

  app.get(
    '/focus-areas/:slug',
    {
      config: { access: 'plan.read' },
      schema: {
        operationId: 'getFocusArea',
        tags: TAGS,
        params: FocusAreaParams,
        response: { 200: FocusAreaDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return focusAreaDetail(db, ctx, request.params.slug);
    },
  );

  app.get(
    '/staff-hours',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'getStaffHours', tags: TAGS, response: { 200: StaffHoursView, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return staffHours(db, ctx);
    },
  );
};
