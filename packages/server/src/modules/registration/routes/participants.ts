import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  CreateParticipantBody,
  DuplicateQuery,
  EraseBody,
  ParticipantListQuery,
  ReferralBody,
  ShareBody,
  UpdateParticipantBody,
  WithdrawConsentBody,
} from '../contract/bodies.ts';
import { LikelyDuplicates, ParticipantDetailView, ParticipantList } from '../contract/views.ts';
import { likelyDuplicates } from '../service/duplicates.ts';
import { eraseParticipant } from '../service/erase.ts';
import {
  changeParticipant,
  registerParticipant,
  shareParticipant,
  withdrawConsent,
} from '../service/participants.ts';
import { referParticipant } from '../service/referrals.ts';
import { participantDetail, participantList } from '../service/views.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Deltagere'];
const detail = { 200: ParticipantDetailView, ...errors };
const created = { 201: ParticipantDetailView, ...detail };

export const participantRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/participants',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listParticipants',
        tags,
        querystring: ParticipantListQuery,
        response: { 200: ParticipantList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return participantList(db, ctx, request.query);
    },
  );

  app.post(
    '/participants',
    {
      config: { access: 'registration.edit' },
      schema: { operationId: 'createParticipant', tags, body: CreateParticipantBody, response: created },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, view } = await registerParticipant(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
    },
  );

  // Asked for while a worker types a new participant, so a second record of a person is seen first.
  app.get(
    '/participants/likely-duplicates',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'findLikelyDuplicates',
        tags,
        querystring: DuplicateQuery,
        response: { 200: LikelyDuplicates, ...errors },
      },
    },
    async (request) => likelyDuplicates(db, contextOf(request), request.query),
  );

  app.get(
    '/participants/:id',
    {
      config: { access: 'registration.read' },
      schema: { operationId: 'getParticipant', tags, params: IdParams, response: detail },
    },
    async (request) => {
      const ctx = contextOf(request);
      return participantDetail(db, ctx, request.params.id);
    },
  );

  app.patch(
    '/participants/:id',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'updateParticipant',
        tags,
        params: IdParams,
        body: UpdateParticipantBody,
        response: detail,
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return changeParticipant(db, ctx, request.params.id, request.body);
    },
  );

  app.post(
    '/participants/:id/consent-withdrawal',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'withdrawConsent',
        tags,
        params: IdParams,
        body: WithdrawConsentBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      // No body: after the erase the caller may no longer see the participant (a share ends).
      const ctx = contextOf(request);
      await withdrawConsent(db, ctx, request.params.id, request.body.withdrawnOn);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/participants/:id/shares',
    {
      config: { access: 'registration.edit' },
      schema: { operationId: 'shareParticipant', tags, params: IdParams, body: ShareBody, response: detail },
    },
    async (request) => {
      const ctx = contextOf(request);
      return shareParticipant(db, ctx, request.params.id, request.body.userId);
    },
  );

  app.post(
    '/participants/:id/referrals',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createReferral',
        tags,
        params: IdParams,
        body: ReferralBody,
        response: created,
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, view } = await referParticipant(db, ctx, request.params.id, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
    },
  );

  app.post(
    '/participants/:id/erase',
    {
      config: { access: 'registration.erase' },
      schema: {
        operationId: 'eraseParticipant',
        tags,
        params: IdParams,
        body: EraseBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await eraseParticipant(db, ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
