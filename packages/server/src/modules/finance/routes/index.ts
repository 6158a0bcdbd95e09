import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import { budgetRoutes } from './budget.ts';
import { importRoutes } from './import.ts';

/** The plan's budget and spending (issue 23, items 1, 2 and 6). */
export const financeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(budgetRoutes, { db });
  await app.register(importRoutes, { db });
};
