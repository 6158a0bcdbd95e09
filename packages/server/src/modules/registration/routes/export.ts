import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../../platform/access/request-context.ts';
import { IdParams } from '../../../platform/contract/fields.ts';
import type { Db } from '../../../platform/db/database.ts';
import { ErrorResponse } from '../../../platform/http/error-response.ts';
import { CaseDetailView, ParticipantDetailView } from '../contract-views.ts';
import { exportParticipant } from '../service/export.ts';
import { renderExportHtml } from '../service/export-html.ts';

const ExportView = z.object({
  exportedAt: z.string(),
  participant: ParticipantDetailView.omit({ cases: true }),
  cases: z.array(CaseDetailView),
  groupCourses: z.array(
    z.object({
      title: z.string(),
      enrolledOn: z.string(),
      sessionsAttended: z.number().int(),
      completed: z.boolean(),
      diplomaOn: z.string().nullable(),
    }),
  ),
  volunteering: z.array(z.object({ startedOn: z.string(), endedOn: z.string().nullable() })),
  accessLog: z.array(
    z.object({
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      purpose: z.string().nullable(),
    }),
  ),
});

const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
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
      const data = await exportParticipant(db, request, requireActor(request), request.params.id);
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
      const data = await exportParticipant(db, request, requireActor(request), request.params.id);
      return reply.type('text/html; charset=utf-8').send(renderExportHtml(data));
    },
  );
};
