import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/access/request-context.ts';
import type { Db } from '../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS, type ExportFormat } from '../../platform/export/index.ts';
import { ErrorResponse } from '../../platform/http/error-response.ts';
import { buildAnnualReport } from './annual.ts';
import { AnnualQuery, QuarterlyQuery, QuarterlyReportSchema } from './contract.ts';
import { AnnualReportSchema } from './contract-annual.ts';
import { buildQuarterlyReport } from './quarterly.ts';
import { renderAnnual, renderQuarterly } from './render.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const tags = ['Rapporter'];

/**
 * Reports of the signed-in user's plan: aggregates only, discretion-safe, for every role that may
 * see aggregates (including læser). `format` picks JSON (default) or a download of the same report
 * (CSV, XLSX, PDF), sent as a file and not through the JSON schema.
 */
export const reportRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/quarterly',
    {
      config: { access: 'reports.read' },
      schema: {
        operationId: 'getQuarterlyReport',
        tags,
        querystring: QuarterlyQuery,
        response: { 200: QuarterlyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const report = await buildQuarterlyReport(db, { planId: actor.plan.id }, request.query.quarter);
      if (request.query.format === 'json') return report;
      const file = await renderQuarterly(report, request.query.format, new Date());
      return sendFile(
        reply,
        `leverancemaaling-${actor.plan.slug}-${report.quarter}`,
        request.query.format,
        file,
      );
    },
  );

  app.get(
    '/annual',
    {
      config: { access: 'reports.read' },
      schema: {
        operationId: 'getAnnualReport',
        tags,
        querystring: AnnualQuery,
        response: { 200: AnnualReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const report = await buildAnnualReport(db, { planId: actor.plan.id }, request.query.year);
      if (request.query.format === 'json') return report;
      const file = await renderAnnual(report, request.query.format, new Date());
      return sendFile(
        reply,
        `aarlig-opfoelgning-${actor.plan.slug}-${report.year}`,
        request.query.format,
        file,
      );
    },
  );
};

function sendFile(reply: FastifyReply, name: string, format: ExportFormat, file: Buffer | string) {
  return reply
    .header('content-type', EXPORT_FORMATS[format].contentType)
    .header('content-disposition', attachmentHeader(name, format))
    .send(file);
}
