import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  CksMeetingBody,
  CksMeetingList,
  SafetyContactBody,
  SafetyContactList,
  SituationListQuery,
  VolunteerBody,
  VolunteerList,
  VolunteerQuery,
} from '../contract/groups.ts';
import {
  addCksMeeting,
  addSafetyContact,
  addVolunteer,
  cksMeetingList,
  safetyContactList,
  volunteerList,
} from '../service/situations.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Frivillige, tryghed og CKS'];
const noContent = { 204: z.null(), ...errors };

export const situationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/volunteers',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listVolunteers',
        tags,
        querystring: VolunteerQuery,
        response: { 200: VolunteerList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return volunteerList(db, ctx, request.query);
    },
  );

  app.post(
    '/volunteers',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createVolunteer',
        tags,
        body: VolunteerBody,
        response: { 201: VolunteerList, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(await addVolunteer(db, ctx, request.body));
    },
  );

  app.get(
    '/safety-contacts',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listSafetyContacts',
        tags,
        querystring: SituationListQuery,
        response: { 200: SafetyContactList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return safetyContactList(db, ctx, request.query);
    },
  );

  app.post(
    '/safety-contacts',
    {
      config: { access: 'registration.edit' },
      schema: { operationId: 'createSafetyContact', tags, body: SafetyContactBody, response: noContent },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await addSafetyContact(db, ctx, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/cks-meetings',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listCksMeetings',
        tags,
        querystring: SituationListQuery,
        response: { 200: CksMeetingList, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return cksMeetingList(db, ctx, request.query);
    },
  );

  app.post(
    '/cks-meetings',
    {
      config: { access: 'registration.edit' },
      schema: { operationId: 'createCksMeeting', tags, body: CksMeetingBody, response: noContent },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      await addCksMeeting(db, ctx, request.body);
      return reply.status(204).send(null);
    },
  );
};
