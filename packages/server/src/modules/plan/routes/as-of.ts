import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AsOfQuery, SubAgreementsAsOf } from '../contract/as-of.ts';
import { findPlanOverview } from '../queries/overview.ts';
import { subAgreementsAsOf } from '../service/as-of.ts';
import { asOfFileName, asOfPdf, asOfXlsx } from '../service/as-of-export.ts';

/**
 * The delaftaler as they were at the end of a day, from the plan's history: JSON for the page, or
 * the same as XLSX or PDF. The roles that read the history read this; it holds no personal data.
 */
export const asOfRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/sub-agreements/as-of',
    {
      config: { access: 'plan.history.read' },
      schema: {
        operationId: 'getSubAgreementsAsOf',
        tags: ['Plan: historik'],
        querystring: AsOfQuery,
        response: { 200: SubAgreementsAsOf, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const asOf = await subAgreementsAsOf(db, ctx, request.query.date);
      const format = request.query.format;
      if (format === 'json') return asOf;
      const content =
        format === 'xlsx'
          ? await asOfXlsx(asOf)
          : await asOfPdf(asOf, (await findPlanOverview(db, ctx.actor.plan.id)).name, new Date());
      return sendFile(reply, asOfFileName(asOf), format, content);
    },
  );
};

/** A download goes out as a file, not through the route's JSON schema. */
function sendFile(reply: FastifyReply, name: string, format: 'xlsx' | 'pdf', content: Buffer) {
  return reply
    .header('content-type', EXPORT_FORMATS[format].contentType)
    .header('content-disposition', attachmentHeader(name, format))
    .send(content);
}
