import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/request-context.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../export/index.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { buildProcessingRecord, processingRecordPdf } from './processing-record.ts';

const ProcessingRecordSchema = z.object({
  periods: z.array(z.object({ category: z.string(), period: z.string() })),
  activities: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      purpose: z.string(),
      subjects: z.string(),
      data: z.array(z.object({ table: z.string(), columns: z.array(z.string()) })),
      recipients: z.array(z.string()),
      retention: z.array(z.string()),
    }),
  ),
  safeguards: z.array(z.string()),
});

const errors = { 401: ErrorResponse, 403: ErrorResponse };
const tags = ['Databeskyttelse'];

/** The record of processing activities (GDPR art. 30) for the administrator, as JSON and as PDF. */
export const processingRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/processing-record',
    {
      config: { access: 'privacy.record.read' },
      schema: {
        operationId: 'getProcessingRecord',
        tags,
        response: { 200: ProcessingRecordSchema, ...errors },
      },
    },
    async () => buildProcessingRecord(),
  );
  app.get(
    '/processing-record.pdf',
    {
      config: { access: 'privacy.record.read' },
      schema: {
        operationId: 'getProcessingRecordPdf',
        tags,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const when = new Intl.DateTimeFormat('da-DK', {
        dateStyle: 'long',
        timeZone: 'Europe/Copenhagen',
      }).format(new Date());
      const file = await processingRecordPdf(buildProcessingRecord(), actor.plan.name, when);
      return reply
        .header('content-type', EXPORT_FORMATS.pdf.contentType)
        .header('content-disposition', attachmentHeader(`fortegnelse-${actor.plan.slug}`, 'pdf'))
        .send(file);
    },
  );
};
