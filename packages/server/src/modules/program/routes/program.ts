import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ContinuationBody,
  ContinuationParams,
  GoalParams,
  GoalView,
  ProgramList,
  ProgramParams,
  ProgramReportView,
  ProgramView,
  RegisterView,
} from '../contract/program.ts';
import { addContinuation, removeContinuation } from '../service/continuations.ts';
import { programReport } from '../service/report.ts';
import { programReportPdf } from '../service/report-pdf.ts';
import { goalView, listPrograms, programView, registerView } from '../service/views.ts';

// Program Vollsmose above the plans. No personal data: reads are not audit-logged. A program is
// visible to users whose plan is in its register; the plan is taken from the session.
const TAGS = ['Program'];
const errors = errorResponses(400, 401, 403, 404);
const ReportQuery = z.strictObject({ quarter: z.string().max(20).optional() });

export const programPageRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/programs',
    {
      config: { access: 'program.read' },
      schema: { operationId: 'listPrograms', tags: TAGS, response: { 200: ProgramList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return listPrograms(db, ctx);
    },
  );

  app.get(
    '/programs/:slug',
    {
      config: { access: 'program.read' },
      schema: {
        operationId: 'getProgram',
        tags: TAGS,
        params: ProgramParams,
        response: { 200: ProgramView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return programView(db, ctx, request.params.slug);
    },
  );

  app.get(
    '/programs/:slug/goals/:position',
    {
      config: { access: 'program.read' },
      schema: {
        operationId: 'getProgramGoal',
        tags: TAGS,
        params: GoalParams,
        response: { 200: GoalView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return goalView(db, ctx, request.params.slug, request.params.position);
    },
  );

  app.get(
    '/programs/:slug/plans',
    {
      config: { access: 'program.read' },
      schema: {
        operationId: 'listProgramPlans',
        tags: TAGS,
        params: ProgramParams,
        response: { 200: RegisterView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return registerView(db, ctx, request.params.slug);
    },
  );

  app.post(
    '/programs/:slug/continuations',
    {
      config: { access: 'program.continuation.edit' },
      schema: {
        operationId: 'linkContinuation',
        tags: TAGS,
        params: ProgramParams,
        body: ContinuationBody,
        response: { 201: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.code(201).send(await addContinuation(db, ctx, request.params.slug, request.body));
    },
  );

  // A wrong link has no history of its own to keep a reason in: the audit log records who removed it.
  app.delete(
    '/programs/:slug/continuations/:id',
    {
      config: { access: 'program.continuation.edit' },
      schema: {
        operationId: 'unlinkContinuation',
        tags: TAGS,
        params: ContinuationParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      await removeContinuation(db, contextOf(request), slug, id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/programs/:slug/report',
    {
      config: { access: 'program.read' },
      schema: {
        operationId: 'getProgramReport',
        tags: TAGS,
        params: ProgramParams,
        querystring: ReportQuery,
        response: { 200: ProgramReportView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return programReport(db, ctx, request.params.slug, request.query.quarter);
    },
  );

  app.get(
    '/programs/:slug/report.pdf',
    {
      config: { access: 'program.read' },
      schema: {
        operationId: 'getProgramReportPdf',
        tags: TAGS,
        params: ProgramParams,
        querystring: ReportQuery,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { pdf, name } = await programReportPdf(db, ctx, request.params.slug, request.query.quarter);
      return reply
        .type(EXPORT_FORMATS.pdf.contentType)
        .header('content-disposition', attachmentHeader(name, 'pdf'))
        .send(pdf);
    },
  );
};
