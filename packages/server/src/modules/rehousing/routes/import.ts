import { da } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { IMPORT_CONTENT_TYPES, IMPORT_MAX_BYTES } from '../../plan/index.ts';
import { ImportResult } from '../contract/views.ts';
import { HouseholdImportInvalid, importHouseholds } from '../service/import.ts';

/**
 * A household list as the raw body (CSV or XLSX), imported all or nothing. The plugin holds only
 * this route, so the file parser exists for no other (decision 0019).
 */
export const importRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser(
    [IMPORT_CONTENT_TYPES.csv, IMPORT_CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/household-imports',
    {
      config: { access: 'rehousing.manage' },
      // The gate runs in onRequest, before a byte of the file is read.
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        operationId: 'importHouseholds',
        tags: ['Genhusning'],
        description:
          'Kolonner: etape, kontaktperson, kontakt, voksne, børn 0-5, børn 6-17, adresse, type (midlertidig/permanent), skrevet op (ÅÅÅÅ-MM-DD).',
        response: { 200: ImportResult, ...errorResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const kind =
        type === IMPORT_CONTENT_TYPES.csv ? 'csv' : type === IMPORT_CONTENT_TYPES.xlsx ? 'xlsx' : null;
      if (!kind || !Buffer.isBuffer(request.body)) throw new AppError('IMPORT_UNSUPPORTED_TYPE');
      try {
        const result = await importHouseholds(db, ctx, { kind, content: request.body });
        return reply.status(200).send(result);
      } catch (error) {
        if (!(error instanceof HouseholdImportInvalid)) throw error;
        return reply.status(400).send({
          error: {
            code: 'IMPORT_INVALID' as const,
            message: da.planApi.importInvalid,
            details: error.rows.map((r) => ({ field: String(r.row), message: r.message })),
          },
        });
      }
    },
  );
};
