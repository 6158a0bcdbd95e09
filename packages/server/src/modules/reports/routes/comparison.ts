import { da, fill } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import {
  ComparisonQuery,
  ComparisonReportSchema,
  ComparisonSharesBody,
  ComparisonSharesSchema,
} from '../contract/comparison.ts';
import { buildComparison, comparisonShares, setComparisonShares } from '../service/comparison.ts';
import { renderComparison } from '../service/sheets-comparison.ts';
import { sendFile } from './file-reply.ts';

const tags = ['Rapporter: planerne side om side'];

/** The fixed indicators of the plans the user may compare, and the plan's own shares (decision 0034). */
export const comparisonRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/comparison',
    {
      config: { access: 'comparison.read' },
      schema: {
        operationId: 'getPlanComparison',
        tags,
        querystring: ComparisonQuery,
        response: { 200: ComparisonReportSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const report = await buildComparison(db, contextOf(request), request.query.year);
      const { format } = request.query;
      if (format === 'json') return report;
      const name = fill(da.reports.comparison.fileName, { year: String(report.year) });
      return sendFile(reply, name, format, await renderComparison(report, format));
    },
  );

  app.get(
    '/comparison/shares',
    {
      config: { access: 'comparison.share' },
      schema: {
        operationId: 'getPlanComparisonShares',
        tags,
        response: { 200: ComparisonSharesSchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => comparisonShares(db, contextOf(request)),
  );

  app.put(
    '/comparison/shares',
    {
      config: { access: 'comparison.share' },
      schema: {
        operationId: 'setPlanComparisonShares',
        tags,
        body: ComparisonSharesBody,
        response: { 200: ComparisonSharesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => setComparisonShares(db, contextOf(request), request.body),
  );
};
