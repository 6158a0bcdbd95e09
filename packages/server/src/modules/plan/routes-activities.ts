import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContextOf, requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import { AppError } from '../../platform/http/errors.ts';
import {
  ActivityList,
  ActivityParams,
  ActivityView,
  CreateActivityBody,
  PatchActivityBody,
  PatchSubAgreementBody,
  SubAgreementParams,
  SubAgreementView,
} from './contract.ts';
import { findActivity, listActivities, listActivityChildren } from './queries-activities.ts';
import { findFocusAreaBySubAgreement } from './queries-overview.ts';
import { createActivity, patchActivity } from './service/activities.ts';
import { patchSubAgreement } from './service/sub-agreements.ts';
import { presentActivity, presentSubAgreement } from './service/views.ts';

const TAGS = ['Plan: aktiviteter og delaftaler'];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

async function activityView(db: Db, planId: string, activityId: string) {
  const row = await findActivity(db, planId, activityId);
  if (!row) throw new AppError('NOT_FOUND');
  return presentActivity(row, await listActivityChildren(db, planId, activityId));
}

export const activityRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/activities',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'listActivities', tags: TAGS, response: { 200: ActivityList, ...errors } },
    },
    async (request) => {
      const rows = await listActivities(db, requireActor(request).plan.id);
      return {
        activities: rows.map((a) => ({
          id: a.id,
          slug: a.slug,
          name: a.name,
          focusAreaSlug: a.focus_area_slug,
          focusAreaName: a.focus_area_name,
          format: a.format,
          weeklyStaffHours: a.weekly_staff_hours,
        })),
      };
    },
  );

  app.get(
    '/activities/:activityId',
    {
      config: { access: 'plan.read' },
      schema: {
        operationId: 'getActivity',
        tags: TAGS,
        params: ActivityParams,
        response: { 200: ActivityView, ...errors },
      },
    },
    async (request) => activityView(db, requireActor(request).plan.id, request.params.activityId),
  );

  app.post(
    '/activities',
    {
      config: { access: 'plan.edit' },
      schema: {
        operationId: 'createActivity',
        tags: TAGS,
        body: CreateActivityBody,
        response: { 200: ActivityView, 201: ActivityView, ...errors },
      },
    },
    async (request, reply) => {
      const planId = requireActor(request).plan.id;
      const { id, isReplay } = await createActivity(db, actorContextOf(request), planId, request.body);
      return reply.status(isReplay ? 200 : 201).send(await activityView(db, planId, id));
    },
  );

  app.patch(
    '/activities/:activityId',
    {
      config: { access: 'plan.edit' },
      schema: {
        operationId: 'updateActivity',
        tags: TAGS,
        params: ActivityParams,
        body: PatchActivityBody,
        response: { 200: ActivityView, ...errors },
      },
    },
    async (request) => {
      const planId = requireActor(request).plan.id;
      await patchActivity(db, actorContextOf(request), planId, request.params.activityId, request.body);
      return activityView(db, planId, request.params.activityId);
    },
  );

  app.patch(
    '/sub-agreements/:subAgreementId',
    {
      config: { access: 'plan.edit' },
      schema: {
        operationId: 'updateSubAgreement',
        tags: TAGS,
        params: SubAgreementParams,
        body: PatchSubAgreementBody,
        response: { 200: SubAgreementView, ...errors },
      },
    },
    async (request) => {
      const planId = requireActor(request).plan.id;
      const { subAgreementId } = request.params;
      await patchSubAgreement(db, actorContextOf(request), planId, subAgreementId, request.body);
      const row = await findFocusAreaBySubAgreement(db, planId, subAgreementId);
      if (!row) throw new AppError('NOT_FOUND');
      return presentSubAgreement(row);
    },
  );
};
