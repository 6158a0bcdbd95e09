import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { ActivityList, ActivityView } from '../contract/activities.ts';
import { findActivity, listActivities, listActivityChildren } from '../queries/activities.ts';
import { presentActivity, presentActivitySummary } from './views.ts';

export async function listActivitySummaries(
  db: Db,
  ctx: RequestContext,
): Promise<z.infer<typeof ActivityList>> {
  const rows = await listActivities(db, ctx.actor.plan.id);
  return { activities: rows.map(presentActivitySummary) };
}

/** One activity with its lists; NOT_FOUND outside the plan. */
export async function activityView(
  db: Db,
  planId: string,
  activityId: string,
): Promise<z.infer<typeof ActivityView>> {
  const row = await findActivity(db, planId, activityId);
  if (!row) throw new AppError('NOT_FOUND');
  return presentActivity(row, await listActivityChildren(db, planId, activityId));
}

export function getActivity(db: Db, ctx: RequestContext, activityId: string) {
  return activityView(db, ctx.actor.plan.id, activityId);
}
