import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorContextOf, requireActor } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import {
  CaseListQuery,
  CaseStatusBody,
  CloseCaseBody,
  ContactBody,
  CreateCaseBody,
  DecideReferralBody,
  GoalBody,
} from '../contract.ts';
import { CaseDetailView, CaseList, ParticipantDetailView } from '../contract-views.ts';
import { presentCase } from '../presenters.ts';
import { listCases } from '../queries/cases.ts';
import { addContact, addGoal, closeCase, createCase, setCaseStatus } from '../service/cases.ts';
import { decideReferral } from '../service/referrals.ts';
import { caseDetail, participantDetail } from '../service/views.ts';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['Forløb'];

export const caseRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/cases',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'listCases',
        tags,
        querystring: CaseListQuery,
        response: { 200: CaseList, ...errors },
      },
    },
    async (request) => {
      const rows = await listCases(db, requireActor(request), request.query);
      return { cases: rows.map((row) => presentCase(request, row)) };
    },
  );

  app.post(
    '/cases',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'createCase',
        tags,
        body: CreateCaseBody,
        response: { 200: CaseDetailView, 201: CaseDetailView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, isReplay } = await createCase(db, actorContextOf(request), actor, request.body);
      return reply.status(isReplay ? 200 : 201).send(await caseDetail(db, request, actor, id));
    },
  );

  app.get(
    '/cases/:id',
    {
      config: { access: 'registration.read' },
      schema: {
        operationId: 'getCase',
        tags,
        params: IdParams,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => caseDetail(db, request, requireActor(request), request.params.id),
  );

  app.post(
    '/cases/:id/goals',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'addCaseGoal',
        tags,
        params: IdParams,
        body: GoalBody,
        response: { 201: CaseDetailView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addGoal(db, actorContextOf(request), actor, request.params.id, request.body);
      return reply.status(201).send(await caseDetail(db, request, actor, request.params.id));
    },
  );

  app.post(
    '/cases/:id/contacts',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'logCaseContact',
        tags,
        params: IdParams,
        body: ContactBody,
        response: { 200: CaseDetailView, 201: CaseDetailView, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { isReplay } = await addContact(
        db,
        actorContextOf(request),
        actor,
        request.params.id,
        request.body,
      );
      return reply.status(isReplay ? 200 : 201).send(await caseDetail(db, request, actor, request.params.id));
    },
  );

  app.post(
    '/cases/:id/status',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'setCaseStatus',
        tags,
        params: IdParams,
        body: CaseStatusBody,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setCaseStatus(db, actorContextOf(request), actor, request.params.id, request.body.status);
      return caseDetail(db, request, actor, request.params.id);
    },
  );

  app.post(
    '/cases/:id/close',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'closeCase',
        tags,
        params: IdParams,
        body: CloseCaseBody,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await closeCase(db, actorContextOf(request), actor, request.params.id, request.body);
      return caseDetail(db, request, actor, request.params.id);
    },
  );

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
    async (request) => {
      const actor = requireActor(request);
      const participantId = await decideReferral(
        db,
        actorContextOf(request),
        actor,
        request.params.id,
        request.body,
      );
      return participantDetail(db, request, actor, participantId);
    },
  );
};
