import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { CourseDetailView, PublishEvaluationBody } from '../contract-groups.ts';
import { courseDetail } from '../service/groups.ts';
import { publishEvaluation, unpublishEvaluation } from '../service/publication.ts';

// The leader's publishing of a course evaluation to the videnbase (decision 0018). Refused with
// the findings (details: field name|cpr|email|phone, a Danish message naming what was found).
const tags = ['Hold og fællesskaber'];
const response = {
  200: CourseDetailView,
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

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
      const actor = requireActor(request);
      await publishEvaluation(db, actorContextOf(request), actor, request.params.id, request.body);
      return courseDetail(db, request, actor, request.params.id);
    },
  );

  app.delete(
    '/group-courses/:id/evaluation/publication',
    {
      config: { access: 'registration.evaluation.publish' },
      schema: { operationId: 'withdrawEvaluation', tags, params: IdParams, response },
    },
    async (request) => {
      const actor = requireActor(request);
      await unpublishEvaluation(db, actorContextOf(request), actor, request.params.id);
      return courseDetail(db, request, actor, request.params.id);
    },
  );
};
