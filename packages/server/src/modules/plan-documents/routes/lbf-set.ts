import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { attachmentHeader, EXPORT_FORMATS } from '../../../platform/export/index.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { LbfItemParams, LbfItemQuery, LbfSet } from '../contract/documents.ts';
import { today } from '../service/clock.ts';
import { lbfItemFile, lbfZip } from '../service/lbf-files.ts';
import { type LbfSetOptions, lbfItems, presentLbfSet } from '../service/lbf-set.ts';

const tags = ['Plandokumenter'];
const errors = errorResponses(400, 401, 403, 404);

/** Landsbyggefonden's document set of the signed-in user's plan: the checklist and its downloads. */
export const lbfSetRoutes: FastifyPluginAsyncZod<{ db: Db; lbfSet: LbfSetOptions }> = async (
  app,
  { db, lbfSet },
) => {
  app.get(
    '/lbf-set',
    {
      config: { access: 'documents.read' },
      schema: { operationId: 'getLbfSet', tags, response: { 200: LbfSet, ...errors } },
    },
    async (request) => presentLbfSet(await lbfItems(db, contextOf(request).actor.plan.id, lbfSet, today())),
  );

  app.get(
    '/lbf-set.zip',
    {
      config: { access: 'documents.read' },
      schema: {
        operationId: 'getLbfSetZip',
        tags,
        response: { 200: z.any().describe('application/zip'), ...errors },
      },
    },
    async (request, reply) => {
      const zip = await lbfZip(db, contextOf(request).actor.plan, lbfSet, today());
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${zip.name}.zip"`)
        .send(zip.content);
    },
  );

  app.get(
    '/lbf-set/:item',
    {
      config: { access: 'documents.read' },
      schema: {
        operationId: 'getLbfSetItem',
        tags,
        params: LbfItemParams,
        querystring: LbfItemQuery,
        response: { 200: z.any().describe('application/pdf or the XLSX spreadsheet'), ...errors },
      },
    },
    async (request, reply) => {
      const { item } = request.params;
      const { format } = request.query;
      const file = await lbfItemFile(db, contextOf(request).actor.plan, lbfSet, item, format, today());
      return reply
        .header('content-type', EXPORT_FORMATS[format].contentType)
        .header('content-disposition', attachmentHeader(file.name, format))
        .send(file.content);
    },
  );
};
