import { da, fill } from '@helhed/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../../platform/access/request-context.ts';
import { writeReadTrail } from '../../../platform/audit/read-trail.ts';
import type { Db } from '../../../platform/db/database.ts';
import { errorResponses } from '../../../platform/http/error-response.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { IMPORT_CONTENT_TYPES, IMPORT_MAX_BYTES } from '../../plan/index.ts';
import { type ImportKind, ImportQuery, ImportReportView } from '../contract/imports.ts';
import { runImport } from '../service/import.ts';
import { ImportFileRefused } from '../service/import-rows.ts';

const ROUTES: Array<{ kind: ImportKind; url: string; operationId: string; columns: string }> = [
  {
    kind: 'participants',
    url: '/participant-imports',
    operationId: 'importParticipants',
    columns:
      'Kolonner: navn, samtykke givet (dato), fødselsår, køn, område, afdeling, team, kontakt, statistik (ja/nej), partnerkontakt (ja/nej), partnere.',
  },
  {
    kind: 'attendance',
    url: '/attendance-imports',
    operationId: 'importAttendance',
    columns: 'Kolonner: hold, gang (nummer), deltager, fødselsår, dato, til stede (ja/nej).',
  },
  {
    kind: 'volunteers',
    url: '/volunteer-imports',
    operationId: 'importVolunteers',
    columns: 'Kolonner: deltager, start (dato), fødselsår, aktivitet, slut (dato).',
  },
];

/**
 * Participants, attendance lists and volunteers from a spreadsheet as the raw body (CSV or XLSX):
 * `mode=dry-run` answers what each row would do, `mode=commit` saves every row or none. The plugin
 * holds only these routes, so the file parser exists for no other (decision 0019).
 */
export const importRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser(
    [IMPORT_CONTENT_TYPES.csv, IMPORT_CONTENT_TYPES.xlsx],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  for (const route of ROUTES) {
    app.post(
      route.url,
      {
        config: { access: 'registration.edit' },
        bodyLimit: IMPORT_MAX_BYTES,
        schema: {
          operationId: route.operationId,
          tags: ['Registrering'],
          description: route.columns,
          querystring: ImportQuery,
          response: { 200: ImportReportView, ...errorResponses(400, 401, 403, 409, 413, 415) },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
        const kind =
          type === IMPORT_CONTENT_TYPES.csv ? 'csv' : type === IMPORT_CONTENT_TYPES.xlsx ? 'xlsx' : null;
        if (!kind || !Buffer.isBuffer(request.body)) throw new AppError('IMPORT_UNSUPPORTED_TYPE');
        const invalid = (message: string, details: Array<{ field: string; message: string }>) =>
          reply.status(400).send({ error: { code: 'IMPORT_INVALID' as const, message, details } });
        try {
          const report = await runImport(
            db,
            ctx,
            route.kind,
            { kind, content: request.body },
            request.query.mode,
          );
          if (request.query.mode === 'dry-run' || report.committed) return reply.status(200).send(report);
          // The refusal names the people its reasons suggest, and the trail plugin writes no reads
          // for an error answer, so they are written here before it leaves.
          await writeReadTrail(db, ctx, ctx.audit.pending.splice(0));
          const refusedRows = report.rows.filter((r) => r.outcome === 'refused');
          return invalid(
            fill(da.imports.refusedCommit, { count: refusedRows.length }),
            refusedRows.map((r) => ({
              field: fill(da.imports.rowLabel, { row: r.row }),
              message: r.reasons.join('; '),
            })),
          );
        } catch (error) {
          if (!(error instanceof ImportFileRefused)) throw error;
          return invalid(
            da.planApi.importInvalid,
            error.problems.map((message) => ({ field: 'fil', message })),
          );
        }
      },
    );
  }
};
