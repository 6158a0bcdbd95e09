import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, type RequestContext } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { CksMeetingView, SafetyContactView } from '../contract/groups.ts';
import {
  CksMeetingCorrectionBody,
  CksMeetingRevisionList,
  SafetyContactCorrectionBody,
  SafetyContactRevisionList,
  SituationRemovalBody,
  SituationRevisionQuery,
} from '../contract/situations.ts';
import {
  cksMeetingRevisions,
  correctCksMeeting,
  correctSafetyContact,
  removeSituation,
  safetyContactRevisions,
} from '../service/situation-corrections.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Frivillige, tryghed og CKS'];
type Paging = { limit: number; offset: number };

/** One kind of record: where it lives, what a correction sends and answers, and its history. */
type Kind<B extends z.ZodType, V extends z.ZodType, H extends z.ZodType> = {
  path: 'safety-contacts' | 'cks-meetings';
  history: 'safety-contact-revisions' | 'cks-meeting-revisions';
  subject: 'safety_contact' | 'cks_meeting';
  name: 'SafetyContact' | 'CksMeeting';
  body: B;
  view: V;
  revisionList: H;
  correct: (db: Db, ctx: RequestContext, id: string, body: z.output<B>) => Promise<z.input<V>>;
  revisions: (db: Db, ctx: RequestContext, paging: Paging) => Promise<z.input<H>>;
};

/** PATCH /{path}/{id}, POST /{path}/{id}/removal and GET /{history} for one kind of record. */
function correctionRoutes<B extends z.ZodType, V extends z.ZodType, H extends z.ZodType>(
  app: FastifyInstance,
  db: Db,
  kind: Kind<B, V, H>,
) {
  // The schemas validate at run time as on every route; the generic handlers name the parsed types.
  const idOf = (request: { params: unknown }) => (request.params as z.output<typeof IdParams>).id;
  app.patch(
    `/${kind.path}/:id`,
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: `correct${kind.name}`,
        tags,
        params: IdParams,
        body: kind.body,
        response: { 200: kind.view, ...errors },
      },
    },
    async (request) => kind.correct(db, contextOf(request), idOf(request), request.body as z.output<B>),
  );
  app.post(
    `/${kind.path}/:id/removal`,
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: `remove${kind.name}`,
        tags,
        params: IdParams,
        body: SituationRemovalBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { reason } = request.body as z.output<typeof SituationRemovalBody>;
      await removeSituation(db, contextOf(request), kind.subject, idOf(request), reason);
      return reply.status(204).send(null);
    },
  );
  app.get(
    `/${kind.history}`,
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: `list${kind.name}Revisions`,
        tags,
        querystring: SituationRevisionQuery,
        response: { 200: kind.revisionList, ...errors },
      },
    },
    async (request) => kind.revisions(db, contextOf(request), request.query as Paging),
  );
}

/** Tryghed contacts and CKS meetings corrected or removed after saving, and the history of both. */
export const situationCorrectionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  correctionRoutes(app, db, {
    path: 'safety-contacts',
    history: 'safety-contact-revisions',
    subject: 'safety_contact',
    name: 'SafetyContact',
    body: SafetyContactCorrectionBody,
    view: SafetyContactView,
    revisionList: SafetyContactRevisionList,
    correct: correctSafetyContact,
    revisions: safetyContactRevisions,
  });
  correctionRoutes(app, db, {
    path: 'cks-meetings',
    history: 'cks-meeting-revisions',
    subject: 'cks_meeting',
    name: 'CksMeeting',
    body: CksMeetingCorrectionBody,
    view: CksMeetingView,
    revisionList: CksMeetingRevisionList,
    correct: correctCksMeeting,
    revisions: cksMeetingRevisions,
  });
};
