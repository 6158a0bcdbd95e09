import { da } from '@helhed/core';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { ReportPlan } from '../contract/shared.ts';
import { findPlanLine, listPlanIds } from '../queries/scope.ts';

/** What a report covers: one plan (a signed-in user's, or the CLI's --plan) or every plan. */
export type ReportScope = { planId: string } | { allPlans: true };

export interface ReportPlans {
  planIds: string[];
  plan: ReportPlan;
}

/** The plans a scope covers: one plan by id, or every plan. Unknown plan → 404. */
export async function resolveScope(db: Db, scope: ReportScope): Promise<ReportPlans> {
  if ('planId' in scope) {
    const plan = await findPlanLine(db, scope.planId);
    if (!plan) throw new AppError('NOT_FOUND');
    return { planIds: [plan.id], plan };
  }
  return {
    planIds: await listPlanIds(db),
    plan: { id: null, slug: null, name: da.reports.allPlans },
  };
}
