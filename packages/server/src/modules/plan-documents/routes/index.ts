import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import type { LbfSetOptions } from '../service/lbf-set.ts';
import { documentRoutes } from './documents.ts';
import { lbfSetRoutes } from './lbf-set.ts';

export interface PlanDocumentsOptions {
  db: Db;
  /** What the LBF set takes from other modules that app.ts passes in (the finance module's budget). */
  lbfSet?: LbfSetOptions;
}

/** The plan's documents (uploads with versions, /documents) and Landsbyggefonden's set (/lbf-set). */
export const planDocumentsRoutes: FastifyPluginAsyncZod<PlanDocumentsOptions> = async (app, options) => {
  await app.register(documentRoutes, { prefix: '/documents', db: options.db });
  await app.register(lbfSetRoutes, { db: options.db, lbfSet: options.lbfSet ?? {} });
};
