import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import { AppError } from '../../platform/http/errors.ts';
import { FocusAreaDetail, FocusAreaParams, GoalList, PlanOverview, StaffHoursView } from './contract.ts';
import { listActivities } from './queries-activities.ts';
import { listGoals } from './queries-indicators.ts';
import { findFocusAreaBySlug, listFocusAreas } from './queries-overview.ts';
import { activityRoutes } from './routes-activities.ts';
import { changeRoutes } from './routes-changes.ts';
import { indicatorRoutes } from './routes-indicators.ts';
import { buildGoals, buildOverview, presentSubAgreement } from './service/views.ts';

// The plan holds no personal data: every role may read it, and reads are not audit-logged.
// A user belongs to one plan: the plan is always taken from the session, never from the request.
const TAGS = ['Plan'];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'getPlan', tags: TAGS, response: { 200: PlanOverview, ...errors } },
    },
    async (request) => buildOverview(db, requireActor(request).plan.id),
  );

  app.get(
    '/goals',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'listPlanGoals', tags: TAGS, response: { 200: GoalList, ...errors } },
    },
    async (request) => {
      const planId = requireActor(request).plan.id;
      const goals = await listGoals(db, planId, { level: 'overordnet' });
      return { goals: await buildGoals(db, planId, goals) };
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
      const planId = requireActor(request).plan.id;
      const focusArea = await findFocusAreaBySlug(db, planId, request.params.slug);
      if (!focusArea) throw new AppError('NOT_FOUND');
      const [goals, activities] = await Promise.all([
        listGoals(db, planId, { focusAreaId: focusArea.focus_area_id }),
        listActivities(db, planId, focusArea.focus_area_id),
      ]);
      return {
        slug: focusArea.slug,
        name: focusArea.focus_area_name,
        team: focusArea.team,
        goalText: focusArea.goal_text,
        lbfOverallGoal: focusArea.lbf_overall_goal,
        subAgreement: presentSubAgreement(focusArea),
        goals: await buildGoals(db, planId, goals),
        activities: activities.map((a) => ({ id: a.id, slug: a.slug, name: a.name })),
      };
    },
  );

  app.get(
    '/staff-hours',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'getStaffHours', tags: TAGS, response: { 200: StaffHoursView, ...errors } },
    },
    async (request) => {
      const rows = await listFocusAreas(db, requireActor(request).plan.id);
      const focusAreas = rows.map((row) => {
        const sub = presentSubAgreement(row);
        return {
          slug: row.slug,
          name: row.focus_area_name,
          subAgreementId: sub.id,
          subAgreementName: sub.name,
          weeklyStaffHours: sub.weeklyStaffHours,
          weeklyStaffHoursAsWritten: sub.weeklyStaffHoursAsWritten,
          staffHoursYears: sub.staffHoursYears,
          staffHoursIncludes: sub.staffHoursIncludes,
          staffHoursNote: sub.staffHoursNote,
          lines: sub.staffHours,
        };
      });
      const totalWeeklyStaffHours = focusAreas.reduce((sum, f) => sum + (f.weeklyStaffHours ?? 0), 0);
      return { focusAreas, totalWeeklyStaffHours };
    },
  );

  await app.register(indicatorRoutes, { db });
  await app.register(activityRoutes, { db });
  await app.register(changeRoutes, { db });
};
