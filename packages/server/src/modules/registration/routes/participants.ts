import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import {
  CreateParticipantBody,
  ParticipantListQuery,
  ReferralBody,
  ShareBody,
  UpdateParticipantBody,
  WithdrawConsentBody,
} from '../contract.ts';
import { ParticipantDetailView, ParticipantList } from '../contract-views.ts';
import { presentParticipant } from '../presenters.ts';
import { listParticipants } from '../queries/participants.ts';
import { eraseParticipant } from '../service/erase.ts';
import {
  changeParticipant,
  createParticipant,
  shareParticipant,
  withdrawConsent,
} from '../service/participants.ts';
import { createReferral } from '../service/referrals.ts';
import { participantDetail } from '../service/views.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Deltagere'];

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
      const actor = requireActor(request);
      const rows = await listParticipants(db, actor, request.query);
      return { participants: rows.map((row) => presentParticipant(request, row)) };
    },
  );

  app.post(
    '/participants',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createParticipant',
        tags,
        body: CreateParticipantBody,
        response: { 200: ParticipantDetailView, 201: ParticipantDetailView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, isReplay } = await createParticipant(db, actorContextOf(request), actor, request.body);
      return reply.status(isReplay ? 200 : 201).send(await participantDetail(db, request, actor, id));
    },
  );

  app.get(
    '/participants/:id',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'getParticipant',
        tags,
        params: IdParams,
        response: { 200: ParticipantDetailView, ...errors },
      },
    },
    async (request) => participantDetail(db, request, requireActor(request), request.params.id),
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
        response: { 200: ParticipantDetailView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changeParticipant(db, actorContextOf(request), actor, request.params.id, request.body);
      return participantDetail(db, request, actor, request.params.id);
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
      await withdrawConsent(
        db,
        actorContextOf(request),
        requireActor(request),
        request.params.id,
        request.body.withdrawnOn,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/participants/:id/shares',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'shareParticipant',
        tags,
        params: IdParams,
        body: ShareBody,
        response: { 200: ParticipantDetailView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await shareParticipant(db, actorContextOf(request), actor, request.params.id, request.body.userId);
      return participantDetail(db, request, actor, request.params.id);
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
        response: { 200: ParticipantDetailView, 201: ParticipantDetailView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { isReplay } = await createReferral(
        db,
        actorContextOf(request),
        actor,
        request.params.id,
        request.body,
      );
      return reply
        .status(isReplay ? 200 : 201)
        .send(await participantDetail(db, request, actor, request.params.id));
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
        body: z.strictObject({ confirm: z.literal(true) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await eraseParticipant(db, actorContextOf(request), requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
