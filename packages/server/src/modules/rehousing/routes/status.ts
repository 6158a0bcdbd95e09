import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { CreatePhaseBody, ExportQuery, StatusQuery } from '../contract/requests.ts';
import { Binary, Created, PhaseList, StatusView } from '../contract/views.ts';
import { statusFile } from '../service/export.ts';
import { createPhase, phaseList } from '../service/phases.ts';
import { statusView } from '../service/status.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['Genhusning'];

/** Phases and the aggregate status: no household is shown here, so the board may read it. */
export const statusRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/phases',
    {
      config: { access: 'rehousing.status.read' },
      schema: { operationId: 'listRehousingPhases', tags, response: { 200: PhaseList, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return phaseList(db, ctx);
    },
  );

  app.post(
    '/phases',
    {
      config: { access: 'rehousing.manage' },
      schema: {
        operationId: 'createRehousingPhase',
        tags,
        body: CreatePhaseBody,
        response: { 200: Created, 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const created = await createPhase(db, ctx, request.body);
      return reply.status(created.id ? 201 : 200).send(created);
    },
  );

  app.get(
    '/status',
    {
      config: { access: 'rehousing.status.read' },
      schema: {
        operationId: 'getRehousingStatus',
        tags,
        querystring: StatusQuery,
        response: { 200: StatusView, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return statusView(db, ctx, request.query);
    },
  );

  app.get(
    '/status/export',
    {
      config: { access: 'rehousing.status.read' },
      schema: {
        operationId: 'exportRehousingStatus',
        tags,
        querystring: ExportQuery,
        response: { 200: Binary, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { format } = request.query;
      const { body, date } = await statusFile(db, ctx, request.query);
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', attachmentHeader(`genhusning-status-${date}`, format))
        .send(body);
    },
  );
};
