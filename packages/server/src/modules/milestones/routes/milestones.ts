import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  CreateMilestoneBody,
  MilestoneExportQuery,
  MilestoneList,
  MilestoneParams,
  MilestoneStatus,
  MilestoneView,
  PatchMilestoneBody,
  ResponsibleList,
} from '../contract/milestones.ts';
import { today } from '../service/clock.ts';
import { milestonePlanFile } from '../service/export.ts';
import {
  createMilestone,
  deleteMilestone,
  milestoneList,
  milestoneStatus,
  patchMilestone,
  responsibleList,
} from '../service/milestones.ts';

const tags = ['Milepæle'];
const errors = errorResponses(400, 401, 403, 404, 409);

/** The milepælsplan: plan data, read by the board too; the leader and administrator change it. */
export const milestoneRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      config: { access: 'milestones.read' },
      schema: { operationId: 'listMilestones', tags, response: { 200: MilestoneList, ...errors } },
    },
    async (request) => milestoneList(db, contextOf(request)),
  );

  app.get(
    '/status',
    {
      config: { access: 'milestones.read' },
      schema: { operationId: 'getMilestoneStatus', tags, response: { 200: MilestoneStatus, ...errors } },
    },
    async (request) => milestoneStatus(db, contextOf(request)),
  );

  app.get(
    '/export',
    {
      config: { access: 'milestones.read' },
      schema: {
        operationId: 'exportMilestonePlan',
        tags,
        querystring: MilestoneExportQuery,
        response: { 200: z.any().describe('the milepælsplan as XLSX or PDF'), ...errors },
      },
    },
    async (request, reply) => {
      const { plan } = contextOf(request).actor;
      const { format } = request.query;
      const file = await milestonePlanFile(db, plan.id, format, today());
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', attachmentHeader(file.name, format))
        .send(file.content);
    },
  );

  app.get(
    '/responsibles',
    {
      config: { access: 'milestones.edit' },
      schema: {
        operationId: 'listMilestoneResponsibles',
        tags,
        response: { 200: ResponsibleList, ...errors },
      },
    },
    async (request) => responsibleList(db, contextOf(request)),
  );

  app.post(
    '',
    {
      config: { access: 'milestones.edit' },
      schema: {
        operationId: 'createMilestone',
        tags,
        body: CreateMilestoneBody,
        response: { 200: MilestoneView, 201: MilestoneView, ...errors },
      },
    },
    async (request, reply) => {
      const { created, milestone } = await createMilestone(db, contextOf(request), request.body);
      return reply.status(created ? 201 : 200).send(milestone);
    },
  );

  app.patch(
    '/:id',
    {
      config: { access: 'milestones.edit' },
      schema: {
        operationId: 'updateMilestone',
        tags,
        params: MilestoneParams,
        body: PatchMilestoneBody,
        response: { 200: MilestoneView, ...errors },
      },
    },
    async (request) => patchMilestone(db, contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/:id',
    {
      config: { access: 'milestones.edit' },
      schema: {
        operationId: 'deleteMilestone',
        tags,
        params: MilestoneParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (request) => {
      await deleteMilestone(db, contextOf(request), request.params.id);
      return { ok: true as const };
    },
  );
};
