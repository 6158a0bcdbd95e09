import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContextOf, requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../platform/export/index.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import {
  ContinuationBody,
  GoalParams,
  GoalView,
  ProgramList,
  ProgramParams,
  ProgramReportView,
  ProgramView,
  RegisterView,
} from './contract.ts';
import { listProgramsForPlan } from './queries.ts';
import { knowledgeRoutes } from './routes-knowledge.ts';
import { addContinuation } from './service/continuations.ts';
import { buildProgramReport } from './service/report.ts';
import { renderProgramReportPdf } from './service/report-pdf.ts';
import { buildGoalView, buildProgramView, buildRegisterView, requireProgram } from './service/views.ts';

// Program Vollsmose above the plans. No personal data: reads are not audit-logged. A program is
// visible to users whose plan is in its register; the plan is taken from the session.
const TAGS = ['Program'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const ReportQuery = z.strictObject({ quarter: z.string().max(20).optional() });

export const programRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/programs',
    {
      config: { access: 'program.read' },
      schema: { operationId: 'listPrograms', tags: TAGS, response: { 200: ProgramList, ...errors } },
    },
    async (request) => ({
      programs: (await listProgramsForPlan(db, requireActor(request).plan.id)).map((p) => ({
        slug: p.slug,
        name: p.name,
        owner: p.owner,
      })),
    }),
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
    async (request) => buildProgramView(db, request.params.slug, requireActor(request).plan.id),
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
    async (request) =>
      buildGoalView(db, request.params.slug, request.params.position, requireActor(request).plan.id),
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
    async (request) => buildRegisterView(db, request.params.slug, requireActor(request).plan.id),
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
      const actor = requireActor(request);
      const result = await addContinuation(
        db,
        actorContextOf(request),
        actor.plan.id,
        request.params.slug,
        request.body,
      );
      return reply.code(201).send(result);
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
      await requireProgram(db, request.params.slug, requireActor(request).plan.id);
      return buildProgramReport(db, request.params.slug, { quarter: request.query.quarter });
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
      await requireProgram(db, request.params.slug, requireActor(request).plan.id);
      const report = await buildProgramReport(db, request.params.slug, { quarter: request.query.quarter });
      const pdf = await renderProgramReportPdf(report);
      return reply
        .type(EXPORT_FORMATS.pdf.contentType)
        .header(
          'content-disposition',
          attachmentHeader(`program-${report.program.slug}-${report.quarter}`, 'pdf'),
        )
        .send(pdf);
    },
  );

  await app.register(knowledgeRoutes, { db });
};
