import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { createMailer, type MailSettings, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { AnnualPackQuery, AnnualQuery, AnnualReportSchema } from '../contract/annual.ts';
import { QuarterlyQuery, QuarterlyReportSchema } from '../contract/quarterly.ts';
import { annualPack } from '../service/annual-pack.ts';
import { annualReportOfPlan, quarterlyReportOfPlan, type ReportAnswer } from '../service/plan-reports.ts';
import { boardReviewRoutes } from './board-reviews.ts';
import { comparisonRoutes } from './comparison.ts';
import { sendFile } from './file-reply.ts';
import { quarterApprovalRoutes } from './quarter-approval.ts';

const errors = errorResponses(400, 401, 403);
const tags = ['Rapporter'];

export interface ReportsOptions {
  db: Db;
  /** The platform's SMTP settings (SMTP_URL …), shared with beredskab; from the environment when absent. */
  mail?: MailSettings;
}

/**
 * Reports of the signed-in user's plan: aggregates only, discretion-safe, for every role that may
 * see aggregates (including læser). `format` picks JSON (default) or a download of the same report
 * (CSV, XLSX, PDF), sent as a file and not through the JSON schema.
 */
export const reportRoutes: FastifyPluginAsyncZod<ReportsOptions> = async (app, options) => {
  const { db } = options;
  // A quarter sent back is also told to the worker by e-mail (a notice and a link), sender REPORTS_MAIL_FROM.
  const config = options.mail ?? mailSettingsFromEnv();
  const mailer = createMailer({
    ...config,
    mailFrom: process.env.REPORTS_MAIL_FROM || 'Helhed rapporter <rapporter@helhed.local>',
  });
  app.addHook('onClose', async () => mailer.close());
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
      const ctx = contextOf(request);
      return send(reply, await quarterlyReportOfPlan(db, ctx, request.query));
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
      const ctx = contextOf(request);
      return send(reply, await annualReportOfPlan(db, ctx, request.query));
    },
  );

  app.get(
    '/annual-pack',
    {
      config: { access: 'reports.read' },
      schema: {
        operationId: 'getAnnualPack',
        tags,
        querystring: AnnualPackQuery,
        response: { 200: z.any().describe('XLSX or PDF'), ...errors },
      },
    },
    async (request, reply) => {
      const { year, format } = request.query;
      const { name, content } = await annualPack(db, contextOf(request), year, format);
      return send(reply, { file: { name, format, content } });
    },
  );

  await app.register(boardReviewRoutes, { db });
  await app.register(quarterApprovalRoutes, {
    db,
    mail: { mailer, publicUrl: config.publicUrl, log: app.log },
  });
  await app.register(comparisonRoutes, { db });
};

/** The JSON goes through the route's response schema; a download goes out as a file. */
function send<T>(reply: FastifyReply, answer: ReportAnswer<T>) {
  if ('report' in answer) return answer.report;
  const { name, format, content } = answer.file;
  return sendFile(reply, name, format, content);
}
