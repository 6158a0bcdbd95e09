import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import { PlanViewCache } from '../service/view-cache.ts';
import { activityRoutes } from './activities.ts';
import { asOfRoutes } from './as-of.ts';
import { changeRoutes } from './changes.ts';
import { indicatorRoutes } from './indicators.ts';
import { overviewRoutes } from './overview.ts';

// The plan holds no personal data: every role may read it, and reads are not audit-logged.
// A user belongs to one plan: the plan is always taken from the session, never from the request.
export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(overviewRoutes, { db, views: new PlanViewCache() });
  await app.register(indicatorRoutes, { db });
  await app.register(activityRoutes, { db });
  await app.register(changeRoutes, { db });
  await app.register(asOfRoutes, { db });
};
