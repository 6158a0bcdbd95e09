import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { GoalList } from '../contract/indicators.ts';
import { FocusAreaDetail, FocusAreaParams, PlanOverview, StaffHoursView } from '../contract/overview.ts';
import { focusAreaDetail, planGoals, planOverview, staffHours } from '../service/overview.ts';

const TAGS = ['Plan'];
const errors = errorResponses(401, 403, 404);

export const overviewRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'getPlan', tags: TAGS, response: { 200: PlanOverview, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return planOverview(db, ctx);
    },
  );

  app.get(
    '/goals',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'listPlanGoals', tags: TAGS, response: { 200: GoalList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return planGoals(db, ctx);
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
