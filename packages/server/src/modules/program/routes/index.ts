import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import { knowledgeRoutes } from './knowledge.ts';
import { programPageRoutes } from './program.ts';

/** Program Vollsmose: the program above the plans, its goals, the plan register and the videnbase. */
export const programRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(programPageRoutes, { db });
  await app.register(knowledgeRoutes, { db });
};
