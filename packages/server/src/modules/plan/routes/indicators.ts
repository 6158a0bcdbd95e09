import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  IMPORT_CONTENT_TYPES,
  IMPORT_MAX_BYTES,
  ImportErrorResponse,
  ImportResult,
  IndicatorDetail,
  IndicatorParams,
  PutIndicatorValuesBody,
} from '../contract/indicators.ts';
import {
  type ImportFileKind,
  ImportInvalidError,
  importIndicatorFile,
  putIndicatorValues,
} from '../service/indicator-values.ts';
import { getIndicator } from '../service/indicator-views.ts';

const TAGS = ['Plan: indikatorer'];
const errors = errorResponses(400, 401, 403, 404);

function importKindOf(contentType: string | undefined): ImportFileKind | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === IMPORT_CONTENT_TYPES.csv) return 'csv';
  if (type === IMPORT_CONTENT_TYPES.xlsx) return 'xlsx';
  return null;
}

export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(indicatorImportRoute, { db });

  app.get(
    '/indicators/:indicatorId',
    {
      config: { access: 'plan.read' },
      schema: {
        operationId: 'getIndicator',
        tags: TAGS,
        params: IndicatorParams,
        response: { 200: IndicatorDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return getIndicator(db, ctx, request.params.indicatorId);
    },
  );

  app.put(
    '/indicators/:indicatorId/values',
    {
      config: { access: 'plan.edit' },
      schema: {
        operationId: 'setIndicatorValues',
        tags: TAGS,
        params: IndicatorParams,
        body: PutIndicatorValuesBody,
        response: { 200: IndicatorDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return putIndicatorValues(db, ctx, request.params.indicatorId, request.body);
    },
  );
};

/**
 * The import route in a scope of its own: the CSV/XLSX parser exists only here, so no other route
 * reads a file body (decision 0019).
 */
const indicatorImportRoute: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser(
    [IMPORT_CONTENT_TYPES.csv, IMPORT_CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/indicator-imports',
    {
      config: { access: 'plan.edit' },
      // The gate runs in onRequest: a caller who may not import is turned away before a byte of
      // the file is read.
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        operationId: 'importIndicatorValues',
        tags: TAGS,
        consumes: [IMPORT_CONTENT_TYPES.csv, IMPORT_CONTENT_TYPES.xlsx],
        description:
          'Rå fil som body med Content-Type text/csv eller application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (højst 10 MB). Kolonner: indikator, område, år, værdi, kilde (valgfri).',
        response: {
          200: ImportResult,
          400: ImportErrorResponse,
          ...errorResponses(401, 403, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const kind = importKindOf(request.headers['content-type']);
      if (!kind || !Buffer.isBuffer(request.body)) throw new AppError('IMPORT_UNSUPPORTED_TYPE');
      try {
        return await importIndicatorFile(db, ctx, ctx.actor.plan.id, { kind, content: request.body });
      } catch (error) {
        if (!(error instanceof ImportInvalidError)) throw error;
        return reply.status(400).send({
          error: {
            code: 'IMPORT_INVALID' as const,
            message: da.planApi.importInvalid,
            rows: error.rows,
            details: error.rows.map((r) => ({
              field: r.field ? `${r.row}.${r.field}` : String(r.row),
              message: r.message,
            })),
          },
        });
      }
    },
  );
};
