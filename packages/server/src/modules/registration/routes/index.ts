import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/database.ts';
import type { MergeSteps } from '../service/merge-steps.ts';
import { caseRoutes } from './cases.ts';
import { exportRoutes } from './export.ts';
import { groupRoutes } from './groups.ts';
import { importRoutes } from './imports.ts';
import { mergeRoutes } from './merge.ts';
import { participantRoutes } from './participants.ts';
import { publicationRoutes } from './publication.ts';
import { referralRoutes } from './referrals.ts';
import { situationCorrectionRoutes } from './situation-corrections.ts';
import { situationRoutes } from './situations.ts';
import { teamRoutes } from './teams.ts';

/**
 * The registration module: participants with consent, referrals, forløb, export and erasure,
 * teams. Its retention rules (service/retention.ts) run with every other module's from app.ts.
 */
export const registrationRoutes: FastifyPluginAsyncZod<{ db: Db; mergeSteps: MergeSteps }> = async (
  app,
  { db, mergeSteps },
) => {
  await app.register(participantRoutes, { db });
  await app.register(exportRoutes, { db });
  await app.register(mergeRoutes, { db, mergeSteps });
  await app.register(caseRoutes, { db });
  await app.register(referralRoutes, { db });
  await app.register(teamRoutes, { db });
  await app.register(groupRoutes, { db });
  await app.register(publicationRoutes, { db });
  await app.register(situationRoutes, { db });
  await app.register(situationCorrectionRoutes, { db });
  await app.register(importRoutes, { db });
};
