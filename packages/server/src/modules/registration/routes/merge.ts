import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { MergeBody, MergeList, MergeParams } from '../contract/merge.ts';
import { mergeParticipants } from '../service/merge.ts';
import type { MergeSteps } from '../service/merge-steps.ts';
import { undoMerge } from '../service/merge-undo.ts';
import { mergesOf } from '../service/merge-views.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Deltagere'];

/** Two records of one person made one by a leader, and undone within 30 days (issue 17). */
export const mergeRoutes: FastifyPluginAsyncZod<{ db: Db; mergeSteps: MergeSteps }> = async (
  app,
  { db, mergeSteps },
) => {
  app.post(
    '/participants/:id/merge',
    {
      config: { access: 'registration.merge' },
      schema: {
        operationId: 'mergeParticipants',
        tags,
        params: IdParams,
        body: MergeBody,
        response: { 200: MergeList, ...errors },
      },
    },
    async (request) => mergeParticipants(db, contextOf(request), mergeSteps, request.params.id, request.body),
  );

  app.get(
    '/participants/:id/merges',
    {
      config: { access: 'registration.merge' },
      schema: {
        operationId: 'listParticipantMerges',
        tags,
        params: IdParams,
        response: { 200: MergeList, ...errors },
      },
    },
    async (request) => mergesOf(db, contextOf(request), request.params.id),
  );

  app.post(
    '/participant-merges/:mergeId/undo',
    {
      config: { access: 'registration.merge' },
      schema: {
        operationId: 'undoParticipantMerge',
        tags,
        params: MergeParams,
        response: { 200: MergeList, ...errors },
      },
    },
    async (request) => undoMerge(db, contextOf(request), mergeSteps, request.params.mergeId),
  );
};
