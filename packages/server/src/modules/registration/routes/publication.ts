import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { CourseDetailView, PublishEvaluationBody } from '../contract/groups.ts';
import { publishEvaluation, unpublishEvaluation } from '../service/publication.ts';

// The leader's publishing of a course evaluation to the videnbase (decision 0018). Refused with
// the findings (details: field name|cpr|email|phone, a Danish message naming what was found).
const tags = ['Hold og fællesskaber'];
const response = { 200: CourseDetailView, ...errorResponses(400, 401, 403, 404, 409) };

export const publicationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.put(
    '/group-courses/:id/evaluation/publication',
    {
      config: { access: 'registration.evaluation.publish' },
      schema: {
        operationId: 'publishEvaluation',
        tags,
        params: IdParams,
        body: PublishEvaluationBody,
        response,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return publishEvaluation(db, ctx, request.params.id, request.body);
    },
  );

  app.delete(
    '/group-courses/:id/evaluation/publication',
    {
      config: { access: 'registration.evaluation.publish' },
      schema: { operationId: 'withdrawEvaluation', tags, params: IdParams, response },
    },
    async (request) => {
      const ctx = contextOf(request);
      return unpublishEvaluation(db, ctx, request.params.id);
    },
  );
};
