import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ErrorResponse } from '../http/error-response.ts';
import { AppError } from './errors.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['Drift'],
        response: { 200: z.object({ status: z.literal('ok') }), 503: ErrorResponse },
      },
    },
    async () => {
      // Healthy means the database answers, not just that the process is up.
      try {
        await sql`select 1`.execute(db);
      } catch {
        throw new AppError('DATABASE_UNAVAILABLE');
      }
      return { status: 'ok' as const };
    },
  );
};
