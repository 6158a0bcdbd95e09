import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../access/request-context.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../export/index.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { ProcessingRecordSchema } from './contract.ts';
import { buildProcessingRecord, processingRecordPdf } from './processing-record.ts';

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
      const { actor } = contextOf(request);
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
