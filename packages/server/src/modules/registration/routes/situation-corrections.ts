import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
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
  removeCksMeeting,
  removeSafetyContact,
  safetyContactRevisions,
} from '../service/situation-corrections.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Frivillige, tryghed og CKS'];
const noContent = { 204: z.null(), ...errors };

/** Tryghed contacts and CKS meetings corrected or removed after saving, and the history of both. */
export const situationCorrectionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.patch(
    '/safety-contacts/:id',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'correctSafetyContact',
        tags,
        params: IdParams,
        body: SafetyContactCorrectionBody,
        response: { 200: SafetyContactView, ...errors },
      },
    },
    async (request) => correctSafetyContact(db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/safety-contacts/:id/removal',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'removeSafetyContact',
        tags,
        params: IdParams,
        body: SituationRemovalBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await removeSafetyContact(db, contextOf(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/safety-contact-revisions',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listSafetyContactRevisions',
        tags,
        querystring: SituationRevisionQuery,
        response: { 200: SafetyContactRevisionList, ...errors },
      },
    },
    async (request) => safetyContactRevisions(db, contextOf(request), request.query),
  );

  app.patch(
    '/cks-meetings/:id',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'correctCksMeeting',
        tags,
        params: IdParams,
        body: CksMeetingCorrectionBody,
        response: { 200: CksMeetingView, ...errors },
      },
    },
    async (request) => correctCksMeeting(db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/cks-meetings/:id/removal',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'removeCksMeeting',
        tags,
        params: IdParams,
        body: SituationRemovalBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await removeCksMeeting(db, contextOf(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/cks-meeting-revisions',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listCksMeetingRevisions',
        tags,
        querystring: SituationRevisionQuery,
        response: { 200: CksMeetingRevisionList, ...errors },
      },
    },
    async (request) => cksMeetingRevisions(db, contextOf(request), request.query),
  );
};
