import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { DecideReferralBody, ReferralCorrectionBody } from '../contract/bodies.ts';
import { ParticipantDetailView } from '../contract/views.ts';
import { correctReferral } from '../service/referral-corrections.ts';
import { decideReferral } from '../service/referrals.ts';

const errors = errorResponses(400, 401, 403, 404, 409);

/** A referral after it was made: its decision, and a correction of its source and text. */
export const referralRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/referrals/:id/decision',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'decideReferral',
        tags: ['Deltagere'],
        params: IdParams,
        body: DecideReferralBody,
        response: { 200: ParticipantDetailView, ...errors },
      },
    },
    async (request) => decideReferral(db, contextOf(request), request.params.id, request.body),
  );

  app.patch(
    '/referrals/:id',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'correctReferral',
        tags: ['Deltagere'],
        params: IdParams,
        body: ReferralCorrectionBody,
        response: { 200: ParticipantDetailView, ...errors },
      },
    },
    async (request) => correctReferral(db, contextOf(request), request.params.id, request.body),
  );
};
