import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IndicatorDetail } from '../contract/indicators.ts';
import {
  findIndicatorByKey,
  listBaselines,
  listInconsistencies,
  listIndicatorValues,
} from '../queries/indicators.ts';
import { presentIndicator } from './views.ts';

/** One indicator with its goal, baselines and every value entered; NOT_FOUND outside the plan. */
export async function indicatorDetail(
  db: Db,
  planId: string,
  key: string,
): Promise<z.infer<typeof IndicatorDetail>> {
  const indicator = await findIndicatorByKey(db, planId, key);
  if (!indicator) throw new AppError('NOT_FOUND');
  const [baselines, inconsistencies, values] = await Promise.all([
    listBaselines(db, planId, [indicator.id]),
    listInconsistencies(db, planId),
    listIndicatorValues(db, planId, indicator.id),
  ]);
  return {
    ...presentIndicator(indicator, baselines, inconsistencies),
    goal: {
      id: indicator.goal_id,
      level: indicator.goal_level as 'overordnet' | 'delmaal',
      text: indicator.goal_text,
    },
    focusAreaSlug: indicator.focus_area_slug,
    values: values.map((v) => ({
      areaSlug: v.area_slug,
      year: v.year,
      value: v.value,
      source: v.source,
      changedBy: v.changed_by,
      changedAt: v.changed_at.toISOString(),
    })),
  };
}

export function getIndicator(db: Db, ctx: RequestContext, key: string) {
  return indicatorDetail(db, ctx.actor.plan.id, key);
}
