import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { ExportView } from '../contract/views.ts';
import { exportParticipant } from '../service/export.ts';
import { renderExportHtml } from '../service/export-html.ts';

const errors = errorResponses(401, 403, 404);
const tags = ['Deltagere'];

/** Art. 15: everything held about one participant, as JSON and as a readable HTML page. */
export const exportRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/participants/:id/export',
    {
      config: { access: 'registration.export' },
      schema: {
        operationId: 'exportParticipant',
        tags,
        params: IdParams,
        response: { 200: ExportView, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const data = await exportParticipant(db, ctx, request.params.id);
      reply.header('content-disposition', `attachment; filename="indsigt-${request.params.id}.json"`);
      return data;
    },
  );

  app.get(
    '/participants/:id/export.html',
    {
      config: { access: 'registration.export' },
      schema: {
        operationId: 'exportParticipantHtml',
        tags,
        params: IdParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const data = await exportParticipant(db, ctx, request.params.id);
      return reply.type('text/html; charset=utf-8').send(renderExportHtml(data));
    },
  );
};
