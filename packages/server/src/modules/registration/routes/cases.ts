import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  CaseListQuery,
  CaseStatusBody,
  CloseCaseBody,
  ContactBody,
  ContactCorrectionBody,
  ContactParams,
  ContactRemovalBody,
  CreateCaseBody,
  GoalBody,
  GoalParams,
  GoalReachedBody,
} from '../contract/bodies.ts';
import { CaseDetailView, CaseList } from '../contract/views.ts';
import {
  addContact,
  addGoal,
  closeCase,
  createCase,
  markGoalReached,
  setCaseStatus,
} from '../service/cases.ts';
import { correctContact, removeContact } from '../service/contact-corrections.ts';
import { caseDetail, caseList } from '../service/views.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
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
      const ctx = contextOf(request);
      return caseList(db, ctx, request.query);
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
      const ctx = contextOf(request);
      const { isReplay, view } = await createCase(db, ctx, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
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
    async (request) => {
      const ctx = contextOf(request);
      return caseDetail(db, ctx, request.params.id);
    },
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
      const ctx = contextOf(request);
      return reply.status(201).send(await addGoal(db, ctx, request.params.id, request.body));
    },
  );

  app.patch(
    '/cases/:id/goals/:goalId',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'markCaseGoalReached',
        tags,
        params: GoalParams,
        body: GoalReachedBody,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const { id, goalId } = request.params;
      return markGoalReached(db, ctx, id, goalId, request.body.achievedOn);
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
      const ctx = contextOf(request);
      const { isReplay, view } = await addContact(db, ctx, request.params.id, request.body);
      return reply.status(isReplay ? 200 : 201).send(view);
    },
  );

  app.patch(
    '/cases/:id/contacts/:contactId',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'correctCaseContact',
        tags,
        params: ContactParams,
        body: ContactCorrectionBody,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => {
      const { id, contactId } = request.params;
      return correctContact(db, contextOf(request), id, contactId, request.body);
    },
  );

  // A removal carries its reason in a body, so it is a POST of a "removal" rather than a DELETE.
  app.post(
    '/cases/:id/contacts/:contactId/removal',
    {
      config: { access: 'registration.edit' },
      schema: {
        operationId: 'removeCaseContact',
        tags,
        params: ContactParams,
        body: ContactRemovalBody,
        response: { 200: CaseDetailView, ...errors },
      },
    },
    async (request) => {
      const { id, contactId } = request.params;
      return removeContact(db, contextOf(request), id, contactId, request.body.reason);
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
      const ctx = contextOf(request);
      return setCaseStatus(db, ctx, request.params.id, request.body.status);
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
      const ctx = contextOf(request);
      return closeCase(db, ctx, request.params.id, request.body);
    },
  );
};
