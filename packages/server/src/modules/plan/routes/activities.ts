import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ActivityList,
  ActivityParams,
  ActivityView,
  CreateActivityBody,
  PatchActivityBody,
} from '../contract/activities.ts';
import { PatchSubAgreementBody, SubAgreementParams, SubAgreementView } from '../contract/overview.ts';
import { createActivity, patchActivity } from '../service/activities.ts';
import { getActivity, listActivitySummaries } from '../service/activity-views.ts';
import { patchSubAgreement } from '../service/sub-agreements.ts';

const TAGS = ['Plan: aktiviteter og delaftaler'];
const errors = errorResponses(400, 401, 403, 404, 409);

export const activityRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/activities',
    {
      config: { access: 'plan.read' },
      schema: { operationId: 'listActivities', tags: TAGS, response: { 200: ActivityList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listActivitySummaries(db, ctx);
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
    async (request) => {
      const ctx = contextOf(request);
      return getActivity(db, ctx, request.params.activityId);
    },
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
      const ctx = contextOf(request);
      const { activity, isReplay } = await createActivity(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(activity);
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
      const ctx = contextOf(request);
      return patchActivity(db, ctx, request.params.activityId, request.body);
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
      const ctx = contextOf(request);
      return patchSubAgreement(db, ctx, request.params.subAgreementId, request.body);
    },
  );
};
