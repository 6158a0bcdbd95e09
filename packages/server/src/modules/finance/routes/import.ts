import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { IMPORT_CONTENT_TYPES, IMPORT_MAX_BYTES } from '../../plan/index.ts';
import { ImportColumns, ImportQuery, ImportResult } from '../contract/finance.ts';
import { importSpending, readImportColumns, SpendingImportInvalid } from '../service/import.ts';

const errors = errorResponses(400, 401, 403, 413, 415);
const tags = ['Økonomi'];

/**
 * Spending from an accounting export, the raw body CSV or XLSX. The plugin holds only these two
 * routes, so the file parser exists for no other (decision 0019).
 */
export const importRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser(
    [IMPORT_CONTENT_TYPES.csv, IMPORT_CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  const fileOf = (request: { headers: Record<string, unknown>; body: unknown }) => {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    const kind =
      type === IMPORT_CONTENT_TYPES.csv ? 'csv' : type === IMPORT_CONTENT_TYPES.xlsx ? 'xlsx' : null;
    if (!kind || !Buffer.isBuffer(request.body)) throw new AppError('IMPORT_UNSUPPORTED_TYPE');
    return { kind, content: request.body } as const;
  };
  const refused = (error: SpendingImportInvalid) => ({
    error: {
      code: 'IMPORT_INVALID' as const,
      message: da.planApi.importInvalid,
      details: error.rows.map((r) => ({ field: String(r.row), message: r.message })),
    },
  });

  app.post(
    '/spending-imports/columns',
    {
      config: { access: 'finance.edit' },
      bodyLimit: IMPORT_MAX_BYTES,
      schema: { operationId: 'readFinanceImportColumns', tags, response: { 200: ImportColumns, ...errors } },
    },
    async (request, reply) => {
      try {
        return reply.send(await readImportColumns(db, contextOf(request), fileOf(request)));
      } catch (error) {
        if (!(error instanceof SpendingImportInvalid)) throw error;
        return reply.status(400).send(refused(error));
      }
    },
  );

  app.post(
    '/spending-imports',
    {
      config: { access: 'finance.edit' },
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        operationId: 'importFinanceSpending',
        tags,
        description:
          'Én postering pr. række. Kolonnerne vælges med monthColumn (dato ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, ÅÅÅÅ-MM eller 1–12), costLineColumn (omkostningslinjens navn, fx "Administration" eller "Løn – Beskæftigelse") og amountColumn (kroner, fx 1.234,50 eller -250). Hver måned i filen erstatter månedens forbrug.',
        querystring: ImportQuery,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request, reply) => {
      try {
        return reply.send(await importSpending(db, contextOf(request), request.query, fileOf(request)));
      } catch (error) {
        if (!(error instanceof SpendingImportInvalid)) throw error;
        return reply.status(400).send(refused(error));
      }
    },
  );
};
