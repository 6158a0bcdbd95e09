import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  CreateHouseholdBody,
  EventBody,
  FollowupBody,
  HouseholdListQuery,
  HouseholdReferralBody,
  UpdateHouseholdBody,
} from '../contract/requests.ts';
import { HouseholdDetail, HouseholdExport, HouseholdList, ReferralResult } from '../contract/views.ts';
import { recordEvent } from '../service/events.ts';
import { addFollowup, referHousehold } from '../service/followups.ts';
import { householdList } from '../service/household-list.ts';
import { changeHousehold, createHousehold, eraseHousehold } from '../service/households.ts';
import { exportHousehold, householdDetail } from '../service/views.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Genhusning'];

/** Households: personal data, in the team's scope; a household outside it is a 404. */
export const householdRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/households',
    {
      config: { access: 'rehousing.read' },
      schema: {
        operationId: 'listHouseholds',
        tags,
        querystring: HouseholdListQuery,
        response: { 200: HouseholdList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return householdList(db, ctx, request.query);
    },
  );

  app.post(
    '/households',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'createHousehold',
        tags,
        body: CreateHouseholdBody,
        response: { 200: HouseholdDetail, 201: HouseholdDetail, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, detail } = await createHousehold(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(detail);
    },
  );

  app.get(
    '/households/:id',
    {
      config: { access: 'rehousing.read' },
      schema: {
        operationId: 'getHousehold',
        tags,
        params: IdParams,
        response: { 200: HouseholdDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return householdDetail(db, ctx, request.params.id);
    },
  );

  app.patch(
    '/households/:id',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'updateHousehold',
        tags,
        params: IdParams,
        body: UpdateHouseholdBody,
        response: { 200: HouseholdDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return changeHousehold(db, ctx, request.params.id, request.body);
    },
  );

  app.post(
    '/households/:id/events',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'addHouseholdEvent',
        tags,
        params: IdParams,
        body: EventBody,
        response: { 200: HouseholdDetail, 201: HouseholdDetail, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { isReplay, detail } = await recordEvent(db, ctx, request.params.id, request.body);
      return reply.status(isReplay ? 200 : 201).send(detail);
    },
  );

  app.post(
    '/households/:id/followups',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'addHouseholdFollowup',
        tags,
        params: IdParams,
        body: FollowupBody,
        response: { 201: HouseholdDetail, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await addFollowup(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/households/:id/referrals',
    {
      config: { access: 'rehousing.edit' },
      schema: {
        operationId: 'referHousehold',
        tags,
        params: IdParams,
        body: HouseholdReferralBody,
        response: { 201: ReferralResult, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await referHousehold(db, ctx, request.params.id, request.body));
    },
  );

  app.get(
    '/households/:id/export',
    {
      config: { access: 'rehousing.read' },
      schema: {
        operationId: 'exportHousehold',
        tags,
        params: IdParams,
        response: { 200: HouseholdExport, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const data = await exportHousehold(db, ctx, request.params.id);
      reply.header(
        'content-disposition',
        `attachment; filename="indsigt-husstand-${request.params.id}.json"`,
      );
      return data;
    },
  );

  app.post(
    '/households/:id/erase',
    {
      config: { access: 'rehousing.manage' },
      schema: {
        operationId: 'eraseHousehold',
        tags,
        params: IdParams,
        body: z.strictObject({ confirm: z.literal(true) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await eraseHousehold(db, ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
